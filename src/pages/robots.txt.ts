// Crawlers may read everything but the search pages (results of whatever was typed,
// which the sitemap also leaves out), and find the sitemap at the site's own address.
import type { APIContext } from 'astro';
import { LOCALES } from '#lib/i18n/locales.ts';
import { urls } from '#lib/site/urls.ts';

export function GET(context: APIContext) {
  const site = context.site ?? new URL('http://localhost/');
  const lines = ['User-agent: *', ...LOCALES.map((lang) => `Disallow: ${urls.search(lang)}`), '', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`, ''];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
