// Change, project and topic pages and changes.json in the production build, for the
// first issue's records.
import * as cheerio from 'cheerio';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { urls } from '#lib/site/urls.ts';
import { pagefindSearch } from '../helpers/pagefind-search.ts';
import { serveDir, type Served } from '../helpers/serve-dir.ts';

const dist = inject('distDir');
const REFS = [
  'kubernetes/kubernetes#115143',
  'kubernetes/kubernetes#115321',
  'kubernetes/kubernetes#114878',
  'kubernetes/kubernetes#114814',
  'kubernetes/kubernetes#114886',
  'moby/moby@v23.0.0-rc.3',
  'cilium/cilium@v1.13.0-rc5',
  'knative/serving@knative-v1.9.0',
  'kyma-project/kyma@2.10.0',
];
const file = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
const page = async (path: string) => cheerio.load(await readFile(file(path), 'utf8'));

describe.each(['zh', 'en'] as const)('knowledge pages (%s)', (lang) => {
  it('gives change, project and topic pages breadcrumbs from the home page down to the page itself', async () => {
    for (const [path, middle] of [
      [urls.change(lang, 'cilium/cilium@v1.13.0-rc5'), [urls.changes(lang), urls.project(lang, 'cilium/cilium')]],
      [urls.project(lang, 'cilium/cilium'), [urls.projects(lang)]],
      [urls.topic(lang, 'networking'), [urls.topics(lang)]],
    ] as const) {
      const $ = await page(path);
      const crumbs = $('nav.breadcrumbs li');
      expect(crumbs.find('a').map((_, a) => $(a).attr('href')).get(), path).toEqual([urls.home(lang), ...middle]);
      expect(crumbs.last().find('[aria-current="page"]'), path).toHaveLength(1);
      expect(crumbs.last().find('a'), path).toHaveLength(0);
    }
  });

  it('has a change page for each of the nine items, with the 2023-01-30 issue as a backlink', async () => {
    for (const ref of REFS) {
      const $ = await page(urls.change(lang, ref));
      expect($('html').attr('lang'), ref).toBe(lang === 'zh' ? 'zh-CN' : 'en');
      expect($('.backlinks a').map((_, a) => $(a).attr('href')!.split('#')[0]).get(), ref).toEqual([urls.issue(lang, '2023-01-30')]);
    }
  });

  it('names, in each backlink, the section its issue wrote about the change, and links to it', async () => {
    const $ = await page(urls.change(lang, 'kubernetes/kubernetes#114814'));
    const link = $('.backlinks a');
    const section = lang === 'zh' ? 'ExternalName 类型的 Service 不再生成端点' : 'No endpoints for Services of type ExternalName';
    expect(link.text()).toBe(`${lang === 'zh' ? '第 1 期' : 'Issue 1'} · ${section}`);
    const [path, id] = link.attr('href')!.split('#');
    const issue = await page(path!);
    expect(issue(`[id="${decodeURIComponent(id!)}"]`).text().replace(/#$/, '')).toBe(section);
    // The releases share one section ("Other news"): their backlinks name the issue instead.
    const release = await page(urls.change(lang, 'moby/moby@v23.0.0-rc.3'));
    expect(release('.backlinks a').attr('href')).toBe(urls.issue(lang, '2023-01-30'));
  });

  it('links #115143 and #115321 to each other', async () => {
    const a = await page(urls.change(lang, 'kubernetes/kubernetes#115143'));
    expect(a('section[aria-labelledby="related"] a').map((_, link) => a(link).attr('href')).get()).toContain(urls.change(lang, 'kubernetes/kubernetes#115321'));
    const b = await page(urls.change(lang, 'kubernetes/kubernetes#115321'));
    expect(b('section[aria-labelledby="related"] a').map((_, link) => b(link).attr('href')).get()).toContain(urls.change(lang, 'kubernetes/kubernetes#115143'));
  });

  it('renders the upstream body sanitized and collapsed, with the record data', async () => {
    const $ = await page(urls.change(lang, 'kubernetes/kubernetes#114878'));
    expect($('details.upstream-body').attr('open')).toBeUndefined();
    expect($('details.upstream-body .markdown-body').children().length).toBeGreaterThan(0);
    expect($('details.upstream-body script')).toHaveLength(0);
    expect($('.label-groups').text()).toContain('ipvs');
    expect($('blockquote.card-note').text()).toContain('IPVS: Any ipvs scheduler can now be configured');
  });

  it('has the five project pages, with a timeline, and a cadence chart where there are releases', async () => {
    for (const repo of ['kubernetes/kubernetes', 'moby/moby', 'cilium/cilium', 'knative/serving', 'kyma-project/kyma']) {
      const $ = await page(urls.project(lang, repo));
      expect($('.change-list li').length, repo).toBeGreaterThan(0);
      expect($('.cadence-chart svg.chart-wide rect.bar').length, repo).toBe(repo === 'kubernetes/kubernetes' ? 0 : 1);
    }
  });

  it('has topic pages from frontmatter and from labels', async () => {
    for (const topic of ['networking', 'kubelet', 'kube-proxy', 'kubectl', 'releases', 'node']) expect(existsSync(file(urls.topic(lang, topic))), topic).toBe(true);
    const $ = await page(urls.topic(lang, 'networking'));
    expect($('a[href="' + urls.issue(lang, '2023-01-30') + '"]')).toHaveLength(1);
    expect($('a[href="' + urls.change(lang, 'kubernetes/kubernetes#114814') + '"]')).toHaveLength(1);
  });

  it('exports every record in the one changes.json, with its page in this language, linked from the changes index', async () => {
    const data = JSON.parse(await readFile(file(urls.changesJson), 'utf8'));
    expect(data.schema).toBe(2);
    expect(data.count).toBe(9);
    expect(data.changes.map((change: { ref: string }) => change.ref).sort()).toEqual([...REFS].sort());
    const change = data.changes.find((entry: { ref: string }) => entry.ref === 'kubernetes/kubernetes#115143');
    expect(change.pages[lang]).toBe(`https://upstream-weekly.example.org${urls.change(lang, 'kubernetes/kubernetes#115143')}`);
    expect(existsSync(file(`/${lang}/changes.json`))).toBe(false);
    const $ = await page(urls.changes(lang));
    expect($(`.lede a[href="${urls.changesJson}"]`)).toHaveLength(1);
  });

  it('links item cards and commentary mentions in the issue to change pages', async () => {
    const $ = await page(urls.issue(lang, '2023-01-30'));
    expect($('article.card a.card-page').map((_, a) => $(a).attr('href')).get().sort()).toEqual(REFS.map((ref) => urls.change(lang, ref)).sort());
    expect($('.prose p a[href="' + urls.change(lang, 'kubernetes/kubernetes#115143') + '"]').text()).toBe('kubernetes/kubernetes#115143');
  });

  it('lists the newest year’s changes on the index, with filters, and each year on a page of its own', async () => {
    const $ = await page(urls.changes(lang));
    expect($('[data-rows] > li')).toHaveLength(9);
    expect($('select[name="project"] option')).toHaveLength(6);
    expect($('.year-nav [aria-current="page"]').text()).toBe('2023');
    const year = await page(urls.changesYear(lang, '2023'));
    expect(year('[data-rows] > li')).toHaveLength(9);
  });
});

describe('search finds the new pages', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serveDir(dist);
  });
  afterAll(() => served.close());

  it('returns change pages in each language', async () => {
    expect(await pagefindSearch(dist, served.origin, 'en', 'ExternalName')).toContain(urls.change('en', 'kubernetes/kubernetes#114814'));
    expect((await pagefindSearch(dist, served.origin, 'zh-CN', 'ExternalName')).some((url) => url.startsWith('/zh/changes/'))).toBe(true);
  });
});
