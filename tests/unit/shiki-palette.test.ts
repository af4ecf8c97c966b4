// The Shiki palette transformer, on fixture folders: `input.<lang>` highlighted with the
// site's two themes must give `output.html`, and every token must keep exactly the light
// and dark colours it had inline. UPDATE_GOLDEN=1 rewrites the expected files.
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Element, Root } from 'hast';
import { bundledThemes, codeToHast, codeToHtml } from 'shiki';
import { visitParents } from 'unist-util-visit-parents';
import { beforeAll, describe, expect, it } from 'vitest';
import { paletteCss, shikiPalette, themePalette, type Palette } from '#lib/markdown/shiki-palette.ts';
import { SHIKI_THEMES } from '#lib/markdown/site-themes.ts';
import { UPDATE_GOLDEN } from '../helpers/golden.ts';

const FIXTURES = 'tests/fixtures/shiki-palette';
const themes = SHIKI_THEMES;
let palette: Palette;

beforeAll(async () => {
  palette = {
    light: themePalette((await bundledThemes[themes.light]()).default),
    dark: themePalette((await bundledThemes[themes.dark]()).default),
  };
});

const inputOf = (name: string) => readdirSync(join(FIXTURES, name)).find((file) => file.startsWith('input.'))!;

/** Each token's text with the light and dark colours it shows, resolved the way CSS would. */
function tokenColours(tree: Root, css: string) {
  const rules = new Map([...css.matchAll(/\.astro-code \.([ld]\d+)\{(color|--shiki-dark):(#[0-9A-F]+)\}/g)].map((match) => [match[1]!, { name: match[2]!, value: match[3]! }]));
  const declared = (node: Element) => {
    const found: Record<string, string> = {};
    for (const part of String(node.properties.style ?? '').split(';')) {
      const [name, value] = part.split(':');
      if (name && value) found[name.trim()] = value.trim().toUpperCase();
    }
    // Shiki's trees carry `class` as a string or a list, not hast's usual `className`.
    const classes = [node.properties.class ?? []].flat().flatMap((value) => String(value).split(' '));
    for (const className of classes) {
      const rule = rules.get(String(className));
      if (rule) found[rule.name] = rule.value;
    }
    return found;
  };
  const tokens: Array<{ text: string; light: string; dark: string }> = [];
  visitParents(tree, 'text', (text, ancestors) => {
    let light = '';
    let dark = '';
    for (const ancestor of ancestors) {
      if (ancestor.type !== 'element') continue;
      const found = declared(ancestor);
      light = found.color ?? light;
      dark = found['--shiki-dark'] ?? dark;
    }
    tokens.push({ text: text.value, light, dark });
  });
  return tokens;
}

describe.each(readdirSync(FIXTURES).sort())('shikiPalette: %s', (name) => {
  it('writes the expected HTML', async () => {
    const input = inputOf(name);
    const code = await readFile(join(FIXTURES, name, input), 'utf8');
    const html = await codeToHtml(code, { lang: extname(input).slice(1), themes, defaultColor: 'light', transformers: [shikiPalette(palette)] });
    const expectedPath = join(FIXTURES, name, 'output.html');
    if (UPDATE_GOLDEN) await writeFile(expectedPath, `${html}\n`);
    expect(`${html}\n`).toBe(await readFile(expectedPath, 'utf8'));
  });

  it('keeps every token’s light and dark colour, and drops their inline colours', async () => {
    const input = inputOf(name);
    const code = await readFile(join(FIXTURES, name, input), 'utf8');
    const options = { lang: extname(input).slice(1), themes, defaultColor: 'light' as const };
    const inline = await codeToHast(code, options);
    const classed = await codeToHast(code, { ...options, transformers: [shikiPalette(palette)] });
    expect(tokenColours(classed, paletteCss(palette))).toEqual(tokenColours(inline, ''));
    const spans: Element[] = [];
    visitParents(classed, 'element', (node) => {
      if (node.tagName === 'span') spans.push(node);
    });
    expect(spans.filter((span) => /(^|;)\s*(color|--shiki-dark):/.test(String(span.properties.style ?? '')))).toEqual([]);
  });
});

describe('themePalette', () => {
  it('lists each theme’s token colours once, without its foreground', () => {
    expect(palette.light.fg).toBe('#1F2328');
    expect(palette.dark.fg).toBe('#E6EDF3');
    expect(palette.light.colors).toContain('#0A3069');
    expect(palette.light.colors).not.toContain('#1F2328');
    expect(new Set(palette.dark.colors).size).toBe(palette.dark.colors.length);
  });
});
