import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Noto Sans SC from @fontsource/noto-sans-sc, which ships the font cut into about a hundred
// WOFF files by Unicode range. A card loads only the files holding characters it draws,
// so the font it carries is a subset of a few hundred kilobytes, not the whole 20 MB.

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
/** The package's own version, part of every card's cache key. */
export const FONT_VERSION: string = (require('@fontsource/noto-sans-sc/package.json') as { version: string }).version;
const ranges = parseRanges(require('@fontsource/noto-sans-sc/unicode.json') as Record<string, string>);

// Satori takes one font per family name and weight, so each file gets a name of its own,
// and a card's font-family lists them all: a glyph comes from whichever file holds it.
const fontName = (subset: string) => `Noto Sans SC ${subset}`;

/** The CSS font-family that lists the files `fontsFor` returned. */
export function fontFamily(fonts: CardFont[]): string {
  return [...new Set(fonts.map((font) => `'${font.name}'`))].join(', ');
}
export type CardWeight = 400 | 700;

export interface CardFont {
  name: string;
  data: Buffer;
  weight: CardWeight;
  style: 'normal';
}

// One Buffer per file for the whole process: Satori keeps each font it has parsed by its
// Buffer, so a card reusing a file reuses the parse (a third of a card's time otherwise).
const files = new Map<string, Promise<Buffer>>();
const readFont = (file: string) => {
  let data = files.get(file);
  if (!data) files.set(file, (data = readFile(file)));
  return data;
};

/** The font files that hold the characters of `text`, in each weight asked for. */
export async function fontsFor(text: string, weights: CardWeight[]): Promise<CardFont[]> {
  const codes = [...new Set([...text].map((char) => char.codePointAt(0)!))];
  const subsets = ranges.filter((range) => range.spans.some(([from, to]) => codes.some((code) => code >= from && code <= to)));
  const files = weights.flatMap((weight) => subsets.map((range) => ({ weight, subset: range.subset, file: join(packageDir, 'files', `noto-sans-sc-${range.subset}-${weight}-normal.woff`) })));
  return Promise.all(files.map(async ({ weight, file, subset }) => ({ name: fontName(subset), data: await readFont(file), weight, style: 'normal' as const })));
}

interface Range {
  /** `latin`, or `4` for the file the package names `[4]`. */
  subset: string;
  spans: Array<[number, number]>;
}

/** `U+4e00-4e3f,U+4e45` as [from, to] pairs, per subset of the package's unicode.json. */
function parseRanges(table: Record<string, string>): Range[] {
  return Object.entries(table).map(([key, list]) => ({
    subset: key.replace(/^\[(\d+)\]$/, '$1'),
    spans: list.split(',').map((part) => {
      const match = /^U\+([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(part.trim());
      if (!match) throw new Error(`@fontsource/noto-sans-sc/unicode.json: ${key}: cannot read the range "${part}"`);
      return [parseInt(match[1]!, 16), parseInt(match[2] ?? match[1]!, 16)] as [number, number];
    }),
  }));
}
