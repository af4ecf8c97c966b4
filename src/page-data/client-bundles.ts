// The site's browser scripts, bundled on their own with esbuild and served from
// /scripts/ (src/pages/scripts/[file].ts):
// - the page script (src/client/page-enhancements.ts): shortcuts, copy buttons, the
//   language switch's query and the loader of the header search. Home and issue pages carry it inline (an issue page's
//   budget allows no script file before search); every other page loads this one file,
//   cached across the site, instead of carrying 1.5 KB in each of thousands of pages.
// - the header search, one copy per language with its words built in, loaded by the
//   page script on first use (the words would otherwise sit in every page's header).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build, type StdinOptions } from 'esbuild';
import { LOCALES, type Lang } from '#lib/i18n/locales.ts';
import { searchWords } from '#lib/i18n/search-labels.ts';
import { useTranslations } from '#lib/i18n/translate.ts';

export interface ClientBundle {
  /** Site path, with a content hash, so a new build never meets an old cached copy. */
  path: string;
  code: string;
}

interface ClientBundles {
  page: ClientBundle;
  headerSearch: Record<Lang, ClientBundle>;
}

let cached: Promise<ClientBundles> | undefined;

export function clientBundles(): Promise<ClientBundles> {
  // Under `astro dev` every page asks anew, so an edit shows on reload (the server reloads
  // the browser and the /scripts/ route: src/integrations/watch-client-scripts.ts).
  if (!import.meta.env.PROD) cached = undefined;
  cached ??= (async () => {
    const [page, ...searches] = await Promise.all([
      bundle('page', { contents: `import './page-enhancements.ts';\n`, sourcefile: 'page.ts' }),
      ...LOCALES.map((lang) => headerSearch(lang)),
    ]);
    return { page: page!, headerSearch: Object.fromEntries(LOCALES.map((lang, index) => [lang, searches[index]!])) as Record<Lang, ClientBundle> };
  })();
  return cached;
}

/** Every bundle, for the route that serves them and the pages' cache keys. */
export async function allClientBundles(): Promise<ClientBundle[]> {
  const { page, headerSearch } = await clientBundles();
  return [page, ...Object.values(headerSearch)];
}

/** The header search module of `lang`, whose `mountHeaderSearch(form)` page-enhancements.ts calls. */
function headerSearch(lang: Lang): Promise<ClientBundle> {
  const words = JSON.stringify(searchWords(useTranslations(lang), lang));
  return bundle(`header-search.${lang}`, {
    contents: `import { mountHeaderSearch as mount } from './header-search.ts';\nexport const mountHeaderSearch = (form) => mount(form, ${words});\n`,
    sourcefile: `header-search.${lang}.ts`,
  });
}

async function bundle(name: string, stdin: Pick<StdinOptions, 'contents' | 'sourcefile'>): Promise<ClientBundle> {
  const result = await build({
    // Astro runs from the project root in build and dev alike.
    stdin: { ...stdin, resolveDir: resolve('src/client'), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    // Words as they are: escaped, each Chinese character would take six bytes.
    charset: 'utf8',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
  return { path: `/scripts/${name}.${hash}.js`, code };
}
