// Renders an issue's MDX body to an HTML string for feeds and the channel pages,
// outside any page: once per issue and language in a build, however many feeds carry it.
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import Demo from '#components/Demo.astro';
import Item from '#components/Item.astro';
import Placeholder from '#components/Placeholder.astro';
import { inlinePaletteColours, loadPalette, type Palette } from '#lib/markdown/shiki-palette.ts';
import { SHIKI_THEMES } from '#lib/markdown/site-themes.ts';
import { absolutizeHtml } from '#lib/site/absolutize-html.ts';
import { stripHidden } from '#lib/site/strip-hidden.ts';
import { urls } from '#lib/site/urls.ts';
import type { Issue } from './load-site.ts';

let container: Promise<AstroContainer> | undefined;
let palette: Promise<Palette> | undefined;

async function createContainer(): Promise<AstroContainer> {
  const created = await AstroContainer.create();
  created.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  return created;
}

const rendered = new Map<string, Promise<string>>();

/** The issue's body as HTML with absolute addresses against `site`, rendered on first use and then shared. */
export function renderIssueHtml(issue: Issue, site: URL): Promise<string> {
  // Under `astro dev` every request renders anew, so an edit shows on reload.
  if (!import.meta.env.ASTRO_BUILD) return renderFresh(issue, site);
  const key = `${site.href} ${issue.lang}/${issue.slug}`;
  let html = rendered.get(key);
  if (!html) rendered.set(key, (html = renderFresh(issue, site)));
  return html;
}

async function renderFresh(issue: Issue, site: URL): Promise<string> {
  container ??= createContainer();
  const { Content } = await render(issue.entry);
  const html = await (await container).renderToString(Content, {
    props: { components: { Item, Placeholder, Demo } },
    locals: { lang: issue.lang },
  });
  palette ??= loadPalette(SHIKI_THEMES);
  const colours = inlinePaletteColours(await palette);
  return absolutizeHtml(html, new URL(urls.issue(issue.lang, issue.slug), site), (tree) => {
    stripHidden(tree);
    colours(tree);
  });
}
