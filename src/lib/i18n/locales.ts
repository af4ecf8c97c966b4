/** The site's languages, in the order the language switcher lists them; the first is the default. */
export const LOCALES = ['zh', 'en'] as const;
export type Lang = (typeof LOCALES)[number];
export const DEFAULT_LANG: Lang = 'zh';

/** BCP 47 tags for `<html lang>`, hreflang and feeds. `zh-CN` picks Simplified Chinese fonts. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Each language's content file in a folder, for a glob: `{zh,en}.mdx`. */
export const LANG_FILES_GLOB = LOCALES.length > 1 ? `{${LOCALES.join(',')}}.mdx` : `${LOCALES[0]}.mdx`;

/** The languages as a command's usage writes the choice: `zh|en`. */
export const LANG_CHOICE = LOCALES.join('|');

/** The language of a content file named `<lang>.mdx`, from its path or bare name; undefined for any other name. */
export function langOfFileName(path: string): Lang | undefined {
  const name = /(?:^|[/\\])([^/\\]+)\.mdx$/.exec(path)?.[1];
  return isLang(name) ? name : undefined;
}

/** The language folder a site path starts with (`/en/changes/` → `en`), if any. */
export function langOfPath(pathname: string): Lang | undefined {
  const first = /^\/([^/]+)(?:\/|$)/.exec(pathname)?.[1];
  return isLang(first) ? first : undefined;
}

/** The language the switcher offers from `lang`. */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** `getStaticPaths` for a page that exists once per language under `src/pages/[lang]/`. */
export function localeStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

/**
 * The language a component renders in: pages set `Astro.locals.lang` (the feed
 * renderer does the same), else the route's locale, else the default.
 */
export function componentLang(locals: object, currentLocale: string | undefined): Lang {
  const wanted = (locals as { lang?: string }).lang ?? currentLocale;
  return isLang(wanted) ? wanted : DEFAULT_LANG;
}

/** Upstream text (GitHub titles, bodies, notes, file names) is English: its `lang` on a page in `lang`, none where they agree. */
export function upstreamLang(lang: Lang): string | undefined {
  return lang === 'en' ? undefined : HTML_LANG.en;
}
