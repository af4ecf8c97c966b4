import { HTML_LANG } from '#lib/i18n/locales.ts';
import type { PageType } from './page-types.ts';

/** Result types whose title is an upstream record's own, as its page's h1 marks it. */
const UPSTREAM_TYPES: ReadonlySet<string> = new Set<PageType>(['pull', 'release']);
const HAN = /\p{Script=Han}/u;

/**
 * The `lang` a search result's title and excerpt need on a page whose `<html lang>` is
 * `pageLang`; undefined where they are in the page's language. A change page's title is
 * upstream text, and so is its excerpt unless it takes in some of the page's own Chinese
 * (an issue's heading for the change, a date, a label), when it is left mixed, as is.
 */
export function resultLangs(type: string | undefined, pageLang: string, excerpt: string): { title?: string; excerpt?: string } {
  const upstream = HTML_LANG.en;
  if (!type || !UPSTREAM_TYPES.has(type) || pageLang === upstream) return {};
  return { title: upstream, excerpt: HAN.test(excerpt) ? undefined : upstream };
}
