// Tells the site's code whether it runs under `astro build`: memoised renders and the
// incremental build's cache keys are for builds only. `import.meta.env.PROD` follows
// NODE_ENV, which a caller's environment can set to anything; the Astro command cannot.
import type { AstroIntegration } from 'astro';

export function buildCommand(): AstroIntegration {
  return {
    name: 'upstream-weekly:build-command',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.ASTRO_BUILD': JSON.stringify(command === 'build') } } });
      },
    },
  };
}
