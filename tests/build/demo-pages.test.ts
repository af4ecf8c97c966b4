// The demo pages of the production build: notes, recorded results as a table and an
// SVG chart, the machine and the command, in both languages, linked from the issue.
import * as cheerio from 'cheerio';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('distDir');
const page = async (path: string) => cheerio.load(await readFile(join(dist, path), 'utf8'));
const results = async (name: string) => JSON.parse(await readFile(`content/demos/${name}/results.json`, 'utf8'));

describe.each(['zh', 'en'])('demo pages (%s)', (lang) => {
  it('show the so-linger results: a row per close mode, a line per mode, the machine and the command', async () => {
    const $ = await page(`${lang}/demos/so-linger/index.html`);
    const recorded = await results('so-linger');
    expect($('.demo-results tbody tr')).toHaveLength(3);
    const firstRow = $('.demo-results tbody tr').first().find('td').map((_, cell) => $(cell).text()).get();
    expect(firstRow.slice(0, 2)).toEqual([`${recorded.modes[0].completed}/${recorded.connections}`, String(recorded.modes[0].samples[0].client.TIME_WAIT ?? 0)]);
    // Drawn twice, wide and narrow (CSS shows one): a line per mode in each.
    expect($('.demo-chart svg.chart-wide path.series')).toHaveLength(3);
    expect($('.demo-chart svg.chart-narrow path.series')).toHaveLength(3);
    expect($('.demo-chart svg.chart-narrow path.series').first().attr('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect($('.machine').text()).toContain(recorded.machine.kernel);
    expect($('pre.command').text()).toBe(recorded.command);
    expect($('article.card[data-ref="kubernetes/kubernetes#115143"]')).toHaveLength(1);
  });

  it('show the IPVS check with a row per scheduler and no chart', async () => {
    const $ = await page(`${lang}/demos/ipvs-schedulers/index.html`);
    expect($('.demo-results tbody tr')).toHaveLength(14);
    expect($('.demo-chart')).toHaveLength(0);
  });

  it('list every demo, and the first issue links its demos', async () => {
    const index = await page(`${lang}/demos/index.html`);
    expect(index('.demo-list a').map((_, a) => index(a).attr('href')).get()).toEqual([
      `/${lang}/demos/conntrack/`,
      `/${lang}/demos/ipvs-schedulers/`,
      `/${lang}/demos/so-linger/`,
    ]);
    const issue = await page(`${lang}/issues/2023-01-30/index.html`);
    expect(issue('.demo-card a').map((_, a) => issue(a).attr('href')).get()).toEqual(
      expect.arrayContaining([`/${lang}/demos/so-linger/`, `/${lang}/demos/conntrack/`, `/${lang}/demos/ipvs-schedulers/`]),
    );
  });
});
