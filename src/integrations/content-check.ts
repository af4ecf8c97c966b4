// The build runs the same content check as `npm run check` before it reads a collection
// or renders a page, so content the site cannot build stops it with check's own
// `file:line: field: message` lines, not with a failure deep inside a page or feed.
// `npm run build` runs it beside Astro instead (src/lib/build/check-beside.ts), and
// switches this one off.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILD_WITHOUT_CHECK } from '#lib/build/check-beside.ts';
import { runCheck } from '#lib/check/run-check.ts';
import { ContentError } from '#lib/content/content-error.ts';

export function contentCheck(contentDir: string): AstroIntegration {
  let building = false;
  return {
    name: 'upstream-weekly:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // The parity test switches the check off to see that the build alone refuses the same content;
        // `npm run build` does too, having started the check itself.
        building = command === 'build' && process.env[BUILD_WITHOUT_CHECK] !== '1';
      },
      // The earliest hook with the final config, before the content layer syncs.
      'astro:config:done': async ({ config, logger }) => {
        if (!building) return;
        const { problems } = await runCheck(contentDir, fileURLToPath(config.publicDir));
        const errors = problems.filter((problem) => !problem.severity);
        if (errors.length > 0) {
          const error = new ContentError(errors);
          // Expected, and fully described by its message: Astro need not print where it was thrown.
          error.stack = error.message;
          throw error;
        }
        const warnings = problems.length - errors.length;
        if (warnings > 0) logger.info(`${warnings} warning${warnings === 1 ? '' : 's'} about the content (npm run check lists them)`);
      },
    },
  };
}
