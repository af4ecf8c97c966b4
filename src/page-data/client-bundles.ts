// The header search's module, bundled on its own with esbuild so that a page can
// load it by address on first use. Astro inlines the small script that does the
// loading only when that script has no import Vite can see; a Vite-bundled
// `import()` would make it a file every page downloads up front. Each language
// gets its own copy with its words built in, so the words are fetched once with
// the module instead of sitting in every page's header (about 850 bytes a page).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { LOCALES, type Lang } from '#lib/i18n/locales.ts';
import { searchWords } from '#lib/i18n/search-labels.ts';
import { useTranslations } from '#lib/i18n/translate.ts';

export interface ClientBundle {
  /** Site path, with the language and a content hash, so a new build never meets an old cached copy. */
  path: string;
  code: string;
}

let cached: Promise<Record<Lang, ClientBundle>> | undefined;

/** The header search module of `lang`, whose `mountHeaderSearch(form)` page-enhancements.ts calls. */
export async function headerSearchBundle(lang: Lang): Promise<ClientBundle> {
  return (await headerSearchBundles())[lang];
}

export function headerSearchBundles(): Promise<Record<Lang, ClientBundle>> {
  // Under `astro dev` every page asks anew, so an edit shows on reload.
  if (!import.meta.env.PROD) cached = undefined;
  cached ??= Promise.all(LOCALES.map(async (lang) => [lang, await bundle(lang)] as const)).then((pairs) => Object.fromEntries(pairs) as Record<Lang, ClientBundle>);
  return cached;
}

async function bundle(lang: Lang): Promise<ClientBundle> {
  const words = JSON.stringify(searchWords(useTranslations(lang), lang));
  const result = await build({
    stdin: {
      contents: `import { mountHeaderSearch as mount } from './header-search.ts';\nexport const mountHeaderSearch = (form) => mount(form, ${words});\n`,
      // Astro runs from the project root in build and dev alike.
      resolveDir: resolve('src/client'),
      sourcefile: `header-search.${lang}.ts`,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    // The words as they are: escaped, each Chinese character would take six bytes.
    charset: 'utf8',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
  return { path: `/scripts/header-search.${lang}.${hash}.js`, code };
}
