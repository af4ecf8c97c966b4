// `astro dev`: when gather writes, or an editor changes, an upstream record, the pages
// read the records again and the browser reloads, as they do for an edited issue. The
// records are not a content collection (see src/content.config.ts), so Astro's own
// watcher does not see them.
import { relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { markRecordsChanged } from '#lib/upstream/record-changes.ts';
import { isRecordFile } from '#lib/upstream/refs.ts';
import { reloadPages } from './reload-pages.ts';

export function watchRecords(upstreamDir: string): AstroIntegration {
  return {
    name: 'upstream-weekly:watch-records',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.watcher.add(upstreamDir);
        const reload = () => {
          markRecordsChanged();
          reloadPages(server);
        };
        // A gather run writes many records: one reload once it pauses, not one per file.
        let pending: ReturnType<typeof setTimeout> | undefined;
        const changed = (path: string) => {
          const name = relative(upstreamDir, path).split(sep).join('/');
          if (name.startsWith('..') || !isRecordFile(name)) return;
          clearTimeout(pending);
          pending = setTimeout(reload, 150);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
      },
    },
  };
}
