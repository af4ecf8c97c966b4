// What a page costs before any interaction, read from the built files: its HTML,
// the stylesheets and script files it links, the script inlined in its HTML (already
// counted in the HTML), and fonts (there should be none).
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface PageWeight {
  path: string;
  htmlBytes: number;
  cssBytes: number;
  /** Script files a page loads up front; search loads its own only when opened. */
  jsFileBytes: number;
  /** Inline script, part of `htmlBytes`. */
  inlineJsBytes: number;
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
    jsFileBytes: await size(linked(/<script[^>]+src="([^"]+)"/g)),
    inlineJsBytes: inlineScripts,
    fonts: (html.match(/\.(woff2?|ttf|otf)\b/g) ?? []).length,
  };
}
