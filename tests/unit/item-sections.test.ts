import { describe, expect, it } from 'vitest';
import { itemSections } from '#lib/content/item-sections.ts';

describe('itemSections', () => {
  it('names the heading above each card that sits alone under it, with the id rehype-slug gives it', () => {
    const body = [
      'Intro.',
      '',
      '## Upstream progress',
      '',
      '### kubectl reads HPAs through `autoscaling/v2`',
      '',
      '<Item ref="kubernetes/kubernetes#114886" />',
      '',
      'Commentary, with a fenced block that looks like a heading:',
      '',
      '```sh',
      '# not a heading',
      '<Item ref="not/a#1" />',
      '```',
      '',
      '### Try it yourself',
      '',
      '## Other news',
      '',
      '<Item ref="moby/moby@v23.0.0-rc.3" level={3} />',
      '<Item ref="cilium/cilium@v1.13.0-rc5" level={3} />',
      '',
      '### Try it yourself',
      '',
      '<Item ref="kubernetes/kubernetes#115143" />',
    ].join('\n');
    expect([...itemSections(body)]).toEqual([
      ['kubernetes/kubernetes#114886', { text: 'kubectl reads HPAs through autoscaling/v2', id: 'kubectl-reads-hpas-through-autoscalingv2' }],
      // The second "Try it yourself" gets GitHub's `-1` suffix, as on the page.
      ['kubernetes/kubernetes#115143', { text: 'Try it yourself', id: 'try-it-yourself-1' }],
    ]);
  });

  it('finds nothing in a body that does not parse', () => {
    expect(itemSections('## Heading\n\n<Item ref="a/b#1"').size).toBe(0);
  });
});
