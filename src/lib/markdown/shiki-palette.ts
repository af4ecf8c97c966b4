// Shiki writes every token's colours inline, `style="color:#0A3069;--shiki-dark:#A5D6FF"`,
// which is a fifth of an issue page. A theme has only a dozen token colours, so each
// becomes a short class (`l3` for the light theme, `d5` for the dark one) defined once in
// the site's stylesheet, and a token in the block's own foreground needs no class at all.
// A declaration the palette does not know stays inline, so nothing is ever lost.
import type { Element, Root } from 'hast';
import { bundledThemes, type BundledTheme, type ShikiTransformer, type ThemeRegistration } from 'shiki';
import { visit } from 'unist-util-visit';

export interface ThemePalette {
  /** The theme's default text colour, which a token inherits from its `<pre>`. */
  fg: string;
  /** Every token foreground the theme names, upper case, in the theme's order. */
  colors: string[];
}

export interface Palette {
  light: ThemePalette;
  dark: ThemePalette;
}

const upper = (color: string) => color.trim().toUpperCase();

export function themePalette(theme: ThemeRegistration): ThemePalette {
  const fg = upper(theme.fg ?? theme.colors?.['editor.foreground'] ?? '');
  const colors = new Set<string>();
  for (const rule of theme.tokenColors ?? theme.settings ?? []) {
    if (rule.settings?.foreground) colors.add(upper(rule.settings.foreground));
  }
  colors.delete(fg);
  return { fg, colors: [...colors] };
}

/** A Shiki transformer for dual themes written with `defaultColor: 'light'`. */
export function shikiPalette(palette: Palette): ShikiTransformer {
  const light = new Map(palette.light.colors.map((color, index) => [color, `l${index}`]));
  const dark = new Map(palette.dark.colors.map((color, index) => [color, `d${index}`]));
  return {
    name: 'upstream-weekly:shiki-palette',
    span(node) {
      const style = node.properties.style;
      if (typeof style !== 'string') return;
      const kept: string[] = [];
      for (const declaration of style.split(';')) {
        const colon = declaration.indexOf(':');
        if (colon < 0) continue;
        const name = declaration.slice(0, colon).trim();
        const value = upper(declaration.slice(colon + 1));
        const known = name === 'color' ? { fg: palette.light.fg, classes: light } : name === '--shiki-dark' ? { fg: palette.dark.fg, classes: dark } : undefined;
        if (known && value === known.fg) continue;
        const className = known?.classes.get(value);
        if (className) this.addClassToHast(node, className);
        else kept.push(declaration);
      }
      if (kept.length > 0) node.properties.style = kept.join(';');
      else delete node.properties.style;
    },
  };
}

/** The classes `shikiPalette` hands out; the dark ones set the variable the dark scheme reads. */
export function paletteCss(palette: Palette): string {
  const rules = [
    ...palette.light.colors.map((color, index) => `.astro-code .l${index}{color:${color}}`),
    ...palette.dark.colors.map((color, index) => `.astro-code .d${index}{--shiki-dark:${color}}`),
  ];
  return `${rules.join('\n')}\n`;
}

/** The palettes of two bundled Shiki themes, by name. */
export async function loadPalette(themes: { light: unknown; dark: unknown }): Promise<Palette> {
  const load = async (theme: unknown) => {
    if (typeof theme !== 'string' || !(theme in bundledThemes)) {
      throw new Error(`shiki-palette: themes must name bundled Shiki themes, got ${JSON.stringify(theme)}`);
    }
    return themePalette((await bundledThemes[theme as BundledTheme]()).default);
  };
  return { light: await load(themes.light), dark: await load(themes.dark) };
}

/**
 * For HTML read away from the site's stylesheet, such as a feed: each palette class
 * goes back to its light colour, inline. Feed readers apply no colour scheme of ours.
 */
export function inlinePaletteColours(palette: Palette) {
  const light = new Map(palette.light.colors.map((color, index) => [`l${index}`, color]));
  const isCode = (node: Element) => node.tagName === 'pre' && [node.properties.className ?? []].flat().includes('astro-code');
  return (tree: Root) => {
    visit(tree, 'element', (pre: Element) => {
      if (isCode(pre)) visit(pre, 'element', inline);
    });
  };

  function inline(node: Element) {
    const classes = node.properties.className;
    if (node.tagName !== 'span' || !Array.isArray(classes)) return;
    const colour = classes.map((name) => light.get(String(name))).find(Boolean);
    const kept = classes.filter((name) => !/^[ld]\d+$/.test(String(name)));
    if (kept.length > 0) node.properties.className = kept;
    else delete node.properties.className;
    if (colour) node.properties.style = `color:${colour}${node.properties.style ? `;${String(node.properties.style)}` : ''}`;
  }
}
