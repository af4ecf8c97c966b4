import type { Lang } from '../i18n/locales.ts';

// Every internal address is built here, so a route change is a one-file change.
export const urls = {
  home: (lang: Lang) => `/${lang}/`,
  issue: (lang: Lang, date: string) => `/${lang}/issues/${date}/`,
  about: (lang: Lang) => `/${lang}/about/`,
  demos: (lang: Lang) => `/${lang}/demos/`,
  demo: (lang: Lang, name: string) => `/${lang}/demos/${name}/`,
  search: (lang: Lang) => `/${lang}/search/`,
  rss: (lang: Lang) => `/${lang}/rss.xml`,
  notFound: (lang: Lang) => `/${lang}/404/`,
};

/** The same page in `target`: every page lives under `/<lang>/`, mirrored across languages. */
export function translatePath(pathname: string, target: Lang): string {
  return pathname.replace(/^\/(zh|en)(?=\/|$)/, `/${target}`);
}
