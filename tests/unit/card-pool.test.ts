// The card pool draws cards on a worker thread into the cache; a page then reads exactly
// what it would have drawn itself.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedCard, cardKey } from '#lib/share-card/card-cache.ts';
import { issueCardFacts } from '#lib/share-card/card-facts.ts';
import { CardPool } from '#lib/share-card/card-pool.ts';
import { renderCard } from '#lib/share-card/render-card.ts';

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

  it('knows only the cards it was given', () => {
    const pool = new CardPool(dir);
    expect(pool.ready(zh)).toBeUndefined();
  });
});
