// The card pool draws cards on a worker thread into the cache; a page then reads exactly
// what it would have drawn itself.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedCard, cardKey } from '#lib/share-card/card-cache.ts';
import { issueCardFacts, type CardFacts } from '#lib/share-card/card-facts.ts';
import { CardPool, sharedCardPool } from '#lib/share-card/card-pool.ts';
import { renderCard } from '#lib/share-card/render-card.ts';
import { startIssueCards } from '#lib/share-card/start-issue-cards.ts';
import type { IssueFile } from '#lib/content/load-issue-files.ts';

const site = new URL('https://upstream-weekly.example.org');
const zh = issueCardFacts({ lang: 'zh', number: 12, date: '2024-05-06', title: '短连接与 TIME_WAIT', items: ['kubernetes/kubernetes#3'] }, site);
const en = issueCardFacts({ lang: 'en', number: 12, date: '2024-05-06', title: 'Short connections and TIME_WAIT', items: ['cilium/cilium#4'] }, site);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uw-card-pool-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('CardPool', () => {
  it('draws each queued card into the cache, the same PNG as a card drawn in place', async () => {
    const pool = new CardPool(dir);
    pool.draw([zh, en, zh]);
    await Promise.all([pool.ready(zh), pool.ready(en)]);
    for (const facts of [zh, en]) {
      const file = await readFile(join(dir, `${cardKey(facts)}.png`));
      expect(file.equals(await renderCard(facts))).toBe(true);
      // The page finds it there and draws nothing.
      expect(await cachedCard(facts, dir)).toMatchObject({ drawn: false });
    }
  }, 60_000);

  it('draws every card of a longer queue (two at a time), whichever order pages wait for them in', async () => {
    const pool = new CardPool(dir);
    const many = [1, 2, 3, 4, 5].map((number) => issueCardFacts({ lang: 'en', number, date: '2024-05-06', title: `Issue ${number}`, items: [] }, site));
    pool.draw(many);
    await Promise.all([...many].reverse().map((facts) => pool.ready(facts)));
    for (const facts of many) expect(await cachedCard(facts, dir)).toMatchObject({ drawn: false });
  }, 60_000);

  it('draws a card queued just as its worker ends, its queue done', async () => {
    const pool = new CardPool(dir);
    const [first, next] = [21, 22].map((number) => issueCardFacts({ lang: 'zh', number, date: '2024-05-06', title: `第 ${number} 期`, items: [] }, site)) as [CardFacts, CardFacts];
    pool.draw([first]);
    await pool.ready(first);
    // The worker closes once it has said the last card is there: this job reaches it too late.
    pool.draw([next]);
    await expect(pool.ready(next)).resolves.toBeUndefined();
    expect(await cachedCard(next, dir)).toMatchObject({ drawn: false });
  }, 60_000);

  it('is one pool per folder for the whole process, and the start of a build queues only uncached cards', async () => {
    expect(sharedCardPool(dir)).toBe(sharedCardPool(dir));
    const file = (lang: 'zh' | 'en', number: number, draft = false) =>
      ({ lang, frontmatter: { number, date: '2024-06-03', title: `Issue ${number}`, items: ['moby/moby#9'], draft } }) as unknown as IssueFile;
    const files = [file('zh', 30), file('en', 30), file('en', 31, true), { lang: 'en', frontmatter: null } as unknown as IssueFile];
    expect(startIssueCards(files, site, dir)).toBe(2);
    const zh30 = issueCardFacts({ lang: 'zh', number: 30, date: '2024-06-03', title: 'Issue 30', items: ['moby/moby#9'] }, site);
    await sharedCardPool(dir).ready(zh30);
    expect(await cachedCard(zh30, dir)).toMatchObject({ drawn: false });
    const en30 = issueCardFacts({ lang: 'en', number: 30, date: '2024-06-03', title: 'Issue 30', items: ['moby/moby#9'] }, site);
    await sharedCardPool(dir).ready(en30);
    expect(startIssueCards(files, site, dir)).toBe(0);
  }, 60_000);

  it('knows only the cards it was given', () => {
    const pool = new CardPool(dir);
    expect(pool.ready(zh)).toBeUndefined();
  });
});
