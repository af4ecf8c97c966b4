// Joins the palette transformer to Astro's Shiki and serves its classes as a
// stylesheet every page imports, so the rules and the classes come from the same themes.
import type { AstroIntegration } from 'astro';
import { loadPalette, paletteCss, shikiPalette } from '#lib/markdown/shiki-palette.ts';

const MODULE = 'virtual:upstream-weekly/shiki-palette.css';
const RESOLVED = `\0${MODULE}`;

export function shikiPaletteIntegration(): AstroIntegration {
  return {
    name: 'upstream-weekly:palette-stylesheet',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, injectScript }) => {
        const palette = await loadPalette(config.markdown.shikiConfig.themes as { light: unknown; dark: unknown });
        updateConfig({
          markdown: { shikiConfig: { transformers: [...config.markdown.shikiConfig.transformers, shikiPalette(palette)] } },
          vite: {
            plugins: [
              {
                name: 'upstream-weekly:shiki-palette-css',
                resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
                load: (id) => (id === RESOLVED ? paletteCss(palette) : undefined),
              },
            ],
          },
        });
        injectScript('page-ssr', `import '${MODULE}';`);
      },
    },
  };
}
