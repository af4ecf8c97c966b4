/** A site path without its language folder: `/zh/search/` → `/search/`. */
const inLanguage = (path: string) => path.replace(/^\/[^/]*/, '');

/**
 * Where the language switch (`href`, a site path) leads from `here`: with this page's
 * query (`?q=`, `?project=`, `?kind=`, `?from=`/`?to=`), which names words, projects,
 * kinds and versions the same in both languages, when the switch leads to this page's
 * counterpart; a switch to another page (the other home, from a page with no
 * translation) keeps its plain address.
 */
export const switchHref = (href: string, here: { pathname: string; search: string }): string =>
  inLanguage(href) === inLanguage(here.pathname) ? href + here.search : href;
