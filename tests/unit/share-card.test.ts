import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedCard, cardKey } from '#lib/share-card/card-cache.ts';
import { issueCardFacts, projectsOf, type CardFacts } from '#lib/share-card/card-facts.ts';
import { fontsFor } from '#lib/share-card/card-fonts.ts';
import { renderCard } from '#lib/share-card/render-card.ts';

const site = new URL('https://upstream-weekly.example.org');
const facts: CardFacts = issueCardFacts(
  { lang: 'zh', number: 7, date: '2024-03-04', title: '调度器放开与探针的短连接代价', items: ['kubernetes/kubernetes#1', 'moby/moby@v1.0.0', 'kubernetes/kubernetes#2'] },
  site,
);

describe('card facts', () => {
  it('draws the number and date in the issue language and each project once', () => {
    expect(facts.kicker).toBe('第 7 期 · 2024年3月4日');
    expect(facts.projects).toEqual(['kubernetes/kubernetes', 'moby/moby']);
    expect(facts.host).toBe('upstream-weekly.example.org');
    expect(projectsOf(['cilium/cilium@1.13.0-rc5', 'knative/serving@knative-v1.9.0'])).toEqual(['cilium/cilium', 'knative/serving']);
  });
});

describe('card fonts', () => {
  it('loads only the font files holding the characters drawn', async () => {
    const latin = await fontsFor('Upstream', [700]);
    const chinese = await fontsFor('Upstream 上游周报', [700]);
    expect(latin.length).toBeGreaterThan(0);
    expect(chinese.length).toBeGreaterThan(latin.length);
    // A few files of tens of kilobytes each, not the whole font.
    expect(chinese.reduce((sum, font) => sum + font.data.length, 0)).toBeLessThan(2_000_000);
  });
});

describe('card cache', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'uw-cards-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('draws an issue card once and reads it back unchanged the second time', async () => {
    let draws = 0;
    const counting = async (what: CardFacts) => {
      draws += 1;
      return renderCard(what);
    };
    const first = await cachedCard(facts, dir, counting);
    const second = await cachedCard({ ...facts }, dir, counting);
    expect([first.drawn, second.drawn, draws]).toEqual([true, false, 1]);
    expect(second.png.equals(first.png)).toBe(true);
    const png = PNG.sync.read(first.png);
    expect([png.width, png.height]).toEqual([1200, 630]);
    // A palette PNG (IHDR colour type 3), a fraction of a full-colour one's size.
    expect(first.png[25]).toBe(3);
    expect(first.png.length).toBeLessThan(30_000);
    expect(await readdir(dir)).toEqual([`${cardKey(facts)}.png`]);

    // A changed title is a new card.
    const changed = await cachedCard({ ...facts, title: `${facts.title}（修订）` }, dir, counting);
    expect([changed.drawn, draws]).toEqual([true, 2]);
    expect(changed.png.equals(first.png)).toBe(false);
  });
});
