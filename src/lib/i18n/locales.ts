/** The site's languages, in the order the language switcher lists them; the first is the default. */
export const LOCALES = ['zh', 'en'] as const;
export type Lang = (typeof LOCALES)[number];
export const DEFAULT_LANG: Lang = 'zh';

/** BCP 47 tags for `<html lang>`, hreflang and feeds. `zh-CN` picks Simplified Chinese fonts. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
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
