// An upstream release note is untrusted Markdown. In the changelog it must become one
// list line, and any raw HTML in it must come out as literal text, never as a tag.
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { ChangeEntry } from '#lib/changelog/build-changelog.ts';
import { noteToInline } from '#lib/changelog/note-to-inline.ts';
import { renderChangelogMarkdown } from '#lib/changelog/render-changelog.ts';

const change = (note: string): ChangeEntry => ({
  ref: 'example/repo#7',
  repo: 'example/repo',
  number: 7,
  title: 'A change',
  url: 'https://github.com/example/repo/pull/7',
  author: null,
  mergedAt: '2023-01-20T00:00:00Z',
  kind: 'feature',
  sigs: [],
  note,
});

/** The list lines of a one-change changelog whose release note is `note`. */
function listLines(note: string): string[] {
  const markdown = renderChangelogMarkdown({
    repos: ['example/repo'],
    since: '2023-01-16',
    until: '2023-01-29',
    group: 'kind',
    groups: [{ key: 'feature', title: 'Feature', changes: [change(note)] }],
    withoutNotes: [],
    releases: [],
  });
  return markdown.split('\n').filter((line) => line.startsWith('- '));
}

/** Node types and text found when the line is read back as Markdown. */
function reparse(line: string): { types: Set<string>; text: string } {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(line);
  const types = new Set<string>();
  let text = '';
  visit(tree, (node) => {
    types.add(node.type);
    if (node.type === 'text') text += node.value;
  });
  return { types, text };
}

const PR_LINK = '([#7](https://github.com/example/repo/pull/7))';

describe('noteToInline', () => {
  it('turns a note that is only raw HTML into literal text', () => {
    expect(noteToInline('<script>alert(1)</script>')).toEqual([{ type: 'text', value: '<script>alert(1)</script>' }]);
    const lines = listLines('<script>alert(1)</script>');
    expect(lines).toEqual([`- \\<script>alert(1)\\</script> ${PR_LINK}`]);
    const { types, text } = reparse(lines[0]!);
    expect(types.has('html')).toBe(false);
    expect(text).toContain('<script>alert(1)</script>');
  });

  it('escapes HTML in the middle of a sentence too', () => {
    const [line] = listLines('Fixes a crash <img src=x onerror=alert(1)> in the kubelet.');
    expect(line).toBe(`- Fixes a crash \\<img src=x onerror=alert(1)> in the kubelet. ${PR_LINK}`);
    expect(reparse(line!).types.has('html')).toBe(false);
  });

  it('puts a note of several paragraphs, a code block and a list on one line', () => {
    const note = 'First paragraph.\n\nSecond paragraph\nwrapped by its author.\n\n```\nkubectl  get pods\n```\n\n- a list item';
    const lines = listLines(note);
    expect(lines).toEqual([`- First paragraph. Second paragraph wrapped by its author. \`kubectl get pods\` a list item ${PR_LINK}`]);
    expect(noteToInline(note).some((node) => 'value' in node && node.value.includes('\n'))).toBe(false);
  });

  it('keeps web links, but shows other links as their text and images as their alt text', () => {
    const [line] = listLines('See [the KEP](https://github.com/kubernetes/enhancements), not [this](javascript:alert(1)) ![pixel](https://tracker.example/p.gif).');
    expect(line).toBe(`- See [the KEP](https://github.com/kubernetes/enhancements), not this pixel. ${PR_LINK}`);
  });
});
