// `astro dev`: the browser scripts are bundled by esbuild (src/page-data/client-bundles.ts),
// outside Vite's module graph, so Vite does not see an edit to them. When one of their
// sources changes, the /scripts/ route lists the new bundles (their names carry a content
// hash) and the browser reloads.
import type { AstroIntegration } from 'astro';
import { reloadPages } from './reload-pages.ts';

/** Where the bundles' code and the words built into them come from. */
const SOURCES = ['src/client', 'src/lib/i18n'];

export function watchClientScripts(): AstroIntegration {
  return {
    name: 'upstream-weekly:watch-client-scripts',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const folders = SOURCES.map((folder) => `${server.config.root}/${folder}/`);
        server.watcher.add(folders);
        server.watcher.on('change', (path) => {
          if (folders.some((folder) => path.startsWith(folder))) reloadPages(server);
        });
      },
    },
  };
}
