// The header search's module, bundled on its own with esbuild so that a page can
// load it by address on first use. Astro inlines the small script that does the
// loading only when that script has no import Vite can see; a Vite-bundled
// `import()` would make it a file every page downloads up front.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'esbuild';

export interface ClientBundle {
  /** Site path, with a content hash so a new build never meets an old cached copy. */
  path: string;
  code: string;
}

let cached: Promise<ClientBundle> | undefined;

export function headerSearchBundle(): Promise<ClientBundle> {
  // Under `astro dev` every page asks anew, so an edit shows on reload.
  if (!import.meta.env.PROD) cached = undefined;
  cached ??= (async () => {
    const result = await build({
      // Astro runs from the project root in build and dev alike.
      entryPoints: [resolve('src/client/header-search.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
    return { path: `/scripts/header-search.${hash}.js`, code };
  })();
  return cached;
}
