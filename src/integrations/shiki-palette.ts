// Joins the palette transformer to Astro's Shiki and serves its classes as a
// stylesheet every page imports, so the rules and the classes come from the same themes.
import type { AstroIntegration } from 'astro';
import { bundledThemes, type BundledTheme } from 'shiki';
import { paletteCss, shikiPalette, themePalette, type Palette } from '../lib/markdown/shiki-palette.ts';

const MODULE = 'virtual:upstream-weekly/shiki-palette.css';
const RESOLVED = `\0${MODULE}`;

export function shikiPaletteIntegration(): AstroIntegration {
  return {
    name: 'upstream-weekly:shiki-palette',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, injectScript }) => {
        const themes = config.markdown.shikiConfig.themes as Record<string, unknown>;
        const palette: Palette = { light: await loadPalette(themes.light), dark: await loadPalette(themes.dark) };
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

async function loadPalette(theme: unknown) {
  if (typeof theme !== 'string' || !(theme in bundledThemes)) {
    throw new Error(`shiki-palette: markdown.shikiConfig.themes must name bundled Shiki themes, got ${JSON.stringify(theme)}`);
  }
  return themePalette((await bundledThemes[theme as BundledTheme]()).default);
}
