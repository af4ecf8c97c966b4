import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import { cacheDirForContent } from '#lib/content/content-dir.ts';
import { writeIfChanged } from '#lib/fs/write-if-changed.ts';
import type { CardFacts } from './card-facts.ts';
import { FONT_VERSION } from './card-fonts.ts';
import { renderCard } from './render-card.ts';

const require = createRequire(import.meta.url);
const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;

/** Raise when the card's design (card-layout.ts) or its encoding (render-card.ts) changes, so every cached card is drawn again. */
export const CARD_DESIGN = 5;

/**
 * Cards live in Astro's own cache folder, out of the repository and kept between builds:
 * another content folder (CONTENT_DIR) has a cache of its own, and its cards go with it.
 */
export const CARD_CACHE_DIR = join(cacheDirForContent(), 'share-cards');

/** What a card looks like depends on its facts, its design and the versions of what draws it (sharp's package.json is not importable: it says its own). */
export function cardKey(facts: CardFacts): string {
  const renderer = { design: CARD_DESIGN, satori: version('satori'), resvg: version('@resvg/resvg-js'), sharp: sharp.versions.sharp, imagequant: sharp.versions.imagequant, font: FONT_VERSION };
  return createHash('sha256').update(JSON.stringify({ facts, renderer })).digest('hex').slice(0, 32);
}

/** Where the card for `facts` is kept in `dir`, drawn or not yet. */
export function cardFile(facts: CardFacts, dir = CARD_CACHE_DIR): string {
  return join(dir, `${cardKey(facts)}.png`);
}

export interface CachedCard {
  png: Buffer;
  /** False when the card came from the cache. */
  drawn: boolean;
}

/** The card for `facts`: from the cache when one was drawn before, else drawn and kept there. */
export async function cachedCard(facts: CardFacts, dir = CARD_CACHE_DIR, render: (facts: CardFacts) => Promise<Buffer> = renderCard): Promise<CachedCard> {
  const file = cardFile(facts, dir);
  const cached = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (cached) return { png: cached, drawn: false };
  const png = await render(facts);
  await writeIfChanged(file, png);
  return { png, drawn: true };
}
