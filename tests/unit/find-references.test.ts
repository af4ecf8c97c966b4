import { describe, expect, it } from 'vitest';
import { findReferences } from '#lib/upstream/find-references.ts';
import { compareRefs } from '#lib/upstream/refs.ts';

describe('findReferences', () => {
  it('resolves bare #n against the record’s repository', () => {
    expect(findReferences('Fixes #114619, see also #105986.', 'kubernetes/kubernetes')).toEqual([
      'kubernetes/kubernetes#105986',
      'kubernetes/kubernetes#114619',
    ]);
  });

  it('reads owner/repo#n and full GitHub addresses', () => {
    const body = 'Follows https://github.com/kubernetes/kubernetes/pull/115143 and cilium/cilium#23000; tracked in https://github.com/moby/moby/issues/44800.';
    expect(findReferences(body, 'kubernetes/kubernetes')).toEqual([
      'cilium/cilium#23000',
      'kubernetes/kubernetes#115143',
      'moby/moby#44800',
    ]);
  });

  it('reads a repository whose name starts with a dot, as GitHub allows', () => {
    expect(findReferences('see kubernetes/.github#12 and https://github.com/kubernetes/.github/issues/7', 'o/r')).toEqual(['kubernetes/.github#7', 'kubernetes/.github#12']);
  });

  it('leaves out the record itself, empty "Fixes #", anchors and HTML entities', () => {
    const body = 'Fixes #\nSee #115321 and the [section](#usage) and &#123; and [link](https://example.org/page#42).';
    expect(findReferences(body, 'kubernetes/kubernetes', 'kubernetes/kubernetes#115321')).toEqual([]);
  });

  it('lists each reference once, in numeric order', () => {
    expect(findReferences('#10 #9 #10 (#100)', 'o/r')).toEqual(['o/r#9', 'o/r#10', 'o/r#100']);
  });

  it('orders across repositories by name first', () => {
    expect(['b/x#1', 'a/y#20', 'a/y#3'].sort(compareRefs)).toEqual(['a/y#3', 'a/y#20', 'b/x#1']);
  });
});
