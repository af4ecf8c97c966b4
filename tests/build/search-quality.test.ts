// Search quality: for a fixed table of queries a reader would type, the page that
// answers each must come in the top three (or first), run through the site's own
// pagefind.js with the site's ranking options against the built index.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagefindSearch } from '../helpers/pagefind-search.ts';
import { serveDir, type Served } from '../helpers/serve-dir.ts';

const dist = inject('distDir');

interface Case {
  query: string;
  /** The page that must be among the first `within` results. */
  expect: string;
  within: number;
}

const ZH: Case[] = [
  { query: '探针', expect: '/zh/changes/kubernetes/kubernetes/115143/', within: 3 },
  { query: '探针', expect: '/zh/issues/2023-01-30/', within: 1 },
  { query: '端点', expect: '/zh/changes/kubernetes/kubernetes/114814/', within: 3 },
  { query: '调度器', expect: '/zh/demos/ipvs-schedulers/', within: 3 },
  { query: '连接跟踪', expect: '/zh/demos/conntrack/', within: 3 },
  { query: '周报', expect: '/zh/issues/2023-01-30/', within: 1 },
  { query: 'ExternalName', expect: '/zh/changes/kubernetes/kubernetes/114814/', within: 3 },
  { query: 'IPVS', expect: '/zh/changes/kubernetes/kubernetes/114878/', within: 3 },
  { query: 'linger', expect: '/zh/demos/so-linger/', within: 3 },
  { query: 'conntrack', expect: '/zh/demos/conntrack/', within: 3 },
  { query: 'kubectl', expect: '/zh/changes/kubernetes/kubernetes/114886/', within: 3 },
];

const EN: Case[] = [
  { query: 'linger', expect: '/en/demos/so-linger/', within: 3 },
  { query: 'ExternalName', expect: '/en/changes/kubernetes/kubernetes/114814/', within: 3 },
  { query: 'IPVS', expect: '/en/changes/kubernetes/kubernetes/114878/', within: 3 },
  { query: 'conntrack', expect: '/en/demos/conntrack/', within: 3 },
  { query: 'probe', expect: '/en/changes/kubernetes/kubernetes/115143/', within: 3 },
  { query: 'endpoints', expect: '/en/changes/kubernetes/kubernetes/114814/', within: 3 },
  { query: 'scheduler', expect: '/en/demos/ipvs-schedulers/', within: 3 },
  { query: 'connection tracking', expect: '/en/demos/conntrack/', within: 3 },
  { query: 'weekly', expect: '/en/issues/2023-01-30/', within: 1 },
  { query: 'cilium', expect: '/en/projects/cilium/cilium/', within: 3 },
];

describe('search quality', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serveDir(dist);
  });
  afterAll(() => served.close());

  it.each([...ZH.map((test) => ({ ...test, htmlLang: 'zh-CN' })), ...EN.map((test) => ({ ...test, htmlLang: 'en' }))])(
    '$htmlLang “$query” returns $expect within the first $within',
    async ({ htmlLang, query, expect: wanted, within }) => {
      const urls = await pagefindSearch(dist, served.origin, htmlLang, query);
      expect(urls.slice(0, within), urls.join('\n')).toContain(wanted);
    },
  );

  it('does not let topic pages or backlink lists crowd out the answers', async () => {
    for (const [htmlLang, query] of [['zh-CN', '端点'], ['zh-CN', '周报'], ['zh-CN', '探针'], ['en', 'ExternalName'], ['en', 'IPVS']] as const) {
      const urls = await pagefindSearch(dist, served.origin, htmlLang, query);
      expect(urls.filter((url) => /\/topics\//.test(url)), `${query}: ${urls.join(' ')}`).toEqual([]);
    }
  });

  it('indexes no hidden filter text, heading anchors or glued labels', async () => {
    // The fragments are what excerpts are cut from; each is gzip with a `pagefind_dcd` prefix.
    const { gunzipSync } = await import('node:zlib');
    const { readdir } = await import('node:fs/promises');
    const names = await readdir(join(dist, 'pagefind', 'fragment'));
    const contents = await Promise.all(
      names.map(async (name) => JSON.parse(gunzipSync(await readFile(join(dist, 'pagefind', 'fragment', name))).toString('utf8').slice('pagefind_dcd'.length)) as { url: string; content: string; anchors: Array<{ text: string }> }),
    );
    const change = contents.find((fragment) => fragment.url === '/en/changes/kubernetes/kubernetes/114878/')!;
    expect(change.content).toContain('uablrek');
    expect(change.content).not.toMatch(/\bbyuablrek|merged20|milestonev1|kubernetes\/kubernetesBug/);
    const issue = contents.find((fragment) => fragment.url === '/zh/issues/2023-01-30/')!;
    expect(issue.content).not.toMatch(/进展#|开销#|PRkubernetes|networkingkubelet/);
    // A heading's `#` anchor would read as "heading text#" (Chinese text comes with zero-width spaces between words).
    let headings = 0;
    for (const fragment of contents) {
      const text = fragment.content.replace(/\u200b/g, '');
      for (const anchor of fragment.anchors) {
        const heading = anchor.text.replace(/\u200b/g, '');
        expect(heading, fragment.url).not.toMatch(/#$/);
        expect(text, fragment.url).not.toContain(`${heading}#`);
        headings++;
      }
    }
    expect(headings).toBeGreaterThan(50);
  });
});
