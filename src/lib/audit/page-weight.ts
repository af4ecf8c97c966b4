// What a page costs before any interaction, read from the built files: its HTML,
// the stylesheets and scripts it links, and fonts (there should be none).
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface PageWeight {
  path: string;
  htmlBytes: number;
  cssBytes: number;
  jsBytes: number;
  fonts: number;
}

export async function pageWeight(dist: string, path: string): Promise<PageWeight> {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  const html = await readFile(file, 'utf8');
  const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!).filter((href) => href.startsWith('/'));
  const size = async (hrefs: string[]) => (await Promise.all(hrefs.map(async (href) => (await stat(join(dist, href))).size))).reduce((sum, bytes) => sum + bytes, 0);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, match) => sum + Buffer.byteLength(match[1]!), 0);
  return {
    path,
    htmlBytes: Buffer.byteLength(html),
    cssBytes: await size(linked(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)),
    jsBytes: (await size(linked(/<script[^>]+src="([^"]+)"/g))) + inlineScripts,
    fonts: (html.match(/\.(woff2?|ttf|otf)\b/g) ?? []).length,
  };
}
