// Keeps each issue's compiled MDX module in Astro's cache folder between builds, so the weekly
// rebuild compiles only the issues that changed: compiling (Markdown, Shiki, MDX to JS) was
// about 6 of the 14 s Astro spent bundling a ten-year archive again.
//
// Astro has no hook for this, so the MDX plugin's transform is wrapped where Vite resolves
// it. Without that plugin (a renamed one after an upgrade) the build says so and compiles
// as before; tests/build/incremental-build.test.ts fails then, on the reuse it looks for.
// A warning the compile prints (a client directive on an Astro component) shows only when
// the module is compiled, not when it is reused.
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { writeIfChanged } from '#lib/fs/write-if-changed.ts';
import { codeDigest, mdxCompileKey } from '#lib/markdown/mdx-compile-key.ts';

const MDX_PLUGIN = '@mdx-js/rolldown';
const WRAPPED = Symbol('upstream-weekly:mdx-compile-cache');

type TransformResult = { code: string; map?: unknown; meta?: unknown };
type Handler = (this: unknown, code: string, id: string) => Promise<TransformResult | null | undefined>;

export interface MdxCompileCacheOptions {
  /** Whether a record exists: what remark-record-links reads besides the text (astro.config.mjs). */
  hasRecord(ref: string): boolean;
}

export function mdxCompileCache(options: MdxCompileCacheOptions): AstroIntegration {
  let dir = '';
  let code = '';
  const used = new Set<string>();
  let compiled = 0;
  let writeFailed = false;
  let log: AstroIntegrationLogger;
  let reuse = true;

  async function cached(key: string): Promise<TransformResult | undefined> {
    try {
      const entry = JSON.parse(await readFile(join(dir, `${key}.json`), 'utf8')) as TransformResult;
      return typeof entry.code === 'string' ? entry : undefined;
    } catch {
      return undefined; // Not there, or unreadable: compile it.
    }
  }

  async function keep(key: string, result: TransformResult): Promise<void> {
    try {
      await writeIfChanged(join(dir, `${key}.json`), JSON.stringify({ code: result.code, meta: result.meta }));
    } catch (error) {
      if (!writeFailed) log.warn(`cannot keep compiled MDX in ${dir} (${(error as Error).message}); the next build compiles it again`);
      writeFailed = true;
    }
  }

  function wrap(plugin: Plugin): void {
    const transform = plugin.transform as { filter?: unknown; handler: Handler } | undefined;
    if (!transform || typeof transform.handler !== 'function' || (transform as Record<symbol, boolean>)[WRAPPED]) return;
    const compile = transform.handler;
    plugin.transform = {
      ...transform,
      [WRAPPED]: true,
      async handler(this: unknown, source: string, id: string) {
        const key = mdxCompileKey({ id, source, code, hasRecord: options.hasRecord });
        used.add(key);
        const hit = reuse ? await cached(key) : undefined;
        if (hit) return { code: hit.code, map: null, meta: hit.meta };
        const result = await compile.call(this, source, id);
        compiled++;
        // A source map would have to be kept too; builds make none.
        if (result && result.map == null) await keep(key, result);
        return result;
      },
    } as Plugin['transform'];
  }

  return {
    name: 'upstream-weekly:mdx-compile-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        log = logger;
        dir = join(fileURLToPath(config.cacheDir), 'mdx-compiled');
        // Astro's Markdown processor drops most of its plugins when this is set.
        code = `${codeDigest(fileURLToPath(config.root))} ${process.env.ASTRO_PERFORMANCE_BENCHMARK ?? ''}`;
        // `astro build --force` starts from nothing: it compiles every module, and keeps them.
        reuse = !process.argv.includes('--force');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'upstream-weekly:mdx-compile-cache',
                configResolved(resolved) {
                  const mdx = resolved.plugins.find((plugin) => plugin.name === MDX_PLUGIN);
                  if (mdx) wrap(mdx as Plugin);
                  else logger.warn(`no ${MDX_PLUGIN} plugin to cache; every MDX module is compiled`);
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ logger }) => {
        if (!dir || used.size === 0) return;
        logger.info(`compiled MDX: ${used.size - compiled} of ${used.size} modules reused from the last build`);
        // What this build did not ask for is an older version of a changed issue.
        const kept = await readdir(dir).catch(() => [] as string[]);
        await Promise.all(kept.filter((name) => !used.has(name.replace(/\.json$/, ''))).map((name) => rm(join(dir, name), { force: true })));
      },
    },
  };
}
