// Decides where draft issues appear: pages for them exist only under `astro dev`.
// `import.meta.env.DEV` is not enough: it follows NODE_ENV, so a build run with
// NODE_ENV=test or development would publish drafts. The Astro command is what counts.
import type { AstroIntegration } from 'astro';

export function draftVisibility(): AstroIntegration {
  return {
    name: 'upstream-weekly:draft-visibility',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
