// The Hugo baseline's cards carry upstream text as text: whatever a title holds, the
// Markdown Hugo reads gives back that title, linked to the change page, and no HTML.
import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { hugoCard } from '#lib/bench/hugo-card.ts';
import type { UpstreamPull } from '#lib/schemas/upstream-record.ts';

const hostile = 'Fix <script>alert(1)</script> [x](javascript:y) *bold* `code` # not a heading \\ back';
const pull: UpstreamPull = {
  schema: 1, type: 'pull', ref: 'kubernetes/kubernetes#115143', repo: 'kubernetes/kubernetes', number: 115143, title: hostile, author: 'dev1',
  url: 'https://github.com/kubernetes/kubernetes/pull/115143', state: 'merged', createdAt: '2023-01-20T09:00:00Z', mergedAt: '2023-01-25T10:00:00Z',
  labels: ['kind/bug', 'sig/network'], milestone: null, releaseNote: 'Probes close with <b>RST</b> [now](x)', references: [], files: [], body: '',
};

describe('hugoCard', () => {
  it.each(['zh', 'en'] as const)('keeps a hostile title and release note as text (%s)', (lang) => {
    const tree = remark().parse(hugoCard(pull, lang)) as Root;
    const links: Link[] = [];
    visit(tree, 'link', (node) => void links.push(node));
    visit(tree, 'html', (node) => expect.unreachable(`raw HTML in a card: ${node.value}`));
    expect(links.map((link) => [link.url, toString(link)])).toEqual([
      [`/${lang}/changes/kubernetes/kubernetes/115143/`, hostile],
      ['https://github.com/kubernetes/kubernetes/pull/115143', 'GitHub'],
    ]);
    expect(toString(tree)).toContain('Probes close with <b>RST</b> [now](x)');
    expect(toString(tree)).toContain(`kubernetes/kubernetes#115143 · bug · ${lang === 'zh' ? '合并于' : 'merged'} 2023-01-25`);
  });
});
