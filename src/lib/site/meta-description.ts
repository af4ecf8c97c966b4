import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import { remember } from '#lib/content/remember.ts';
import type { Lang } from '#lib/i18n/locales.ts';

/**
 * How long a description may be, in characters. Search results and chat previews cut
 * Chinese at about half the length of English, since each character carries a word.
 */
export const DESCRIPTION_LIMIT: Record<Lang, number> = { zh: 90, en: 160 };

const ELLIPSIS = '…';
const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * A page's meta description as clean text: Markdown (and any HTML in it) reduced to its
 * words, block by block, on one line, cut at a word boundary (a character boundary where
 * a single word runs past the limit) with an ellipsis.
 */
export function metaDescription(source: string, lang: Lang, limit = DESCRIPTION_LIMIT[lang]): string {
  // Both languages' pages describe a change by the same upstream text: read it once.
  return truncate(remember(TEXTS, source, () => markdownText(source)), lang, limit);
}

const TEXTS = new Map<string, string>();

/**
 * One line with no character Markdown reads as syntax, and no space or block marker at its
 * start: the parser would return the line itself. Most titles and many release notes are
 * such lines, and parsing them was 3 % of a ten-year build.
 */
const PLAIN_LINE = /^(?![-+=]|\d+[.)])[^\s\0\\`*_[\]<>#!|~&]+(?: [^\s\0\\`*_[\]<>#!|~&]+)*$/u;

/** The words of a Markdown text, one block after another, HTML tags and code blocks left out. */
export function markdownText(source: string): string {
  if (PLAIN_LINE.test(source)) return source;
  const tree = parser.parse(source) as Root;
  const blocks: string[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type === 'code' || node.type === 'html' || node.type === 'definition') return SKIP;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(toString(node, { includeHtml: false }));
      return SKIP;
    }
    return undefined;
  });
  return blocks.map(oneLine).filter(Boolean).join(' ');
}

/** `text` at most `limit` characters long, cut after the last whole word that fits, then `…`. */
export function truncate(text: string, lang: Lang, limit: number): string {
  const clean = oneLine(text);
  const chars = [...clean];
  if (chars.length <= limit) return clean;
  const budget = limit - 1;
  let kept = '';
  for (const { segment } of segmenter(lang, 'word').segment(clean)) {
    if ([...kept].length + [...segment].length > budget) break;
    kept += segment;
  }
  // One word longer than the whole budget (a URL, say): cut it between characters.
  if (kept.trim() === '') kept = graphemes(clean, lang).reduce((acc, g) => ([...acc].length + [...g].length > budget ? acc : acc + g), '');
  return `${kept.replace(/[\s\p{P}]+$/u, '')}${ELLIPSIS}`;
}

function graphemes(text: string, lang: Lang): string[] {
  return [...segmenter(lang, 'grapheme').segment(text)].map((part) => part.segment);
}

const SEGMENTERS = new Map<string, Intl.Segmenter>();
/** One segmenter per language and granularity, made on first use. */
function segmenter(lang: Lang, granularity: 'word' | 'grapheme'): Intl.Segmenter {
  const key = `${lang}:${granularity}`;
  let made = SEGMENTERS.get(key);
  if (!made) SEGMENTERS.set(key, (made = new Intl.Segmenter(lang, { granularity })));
  return made;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
