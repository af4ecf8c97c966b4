import type { APIRoute, GetStaticPaths } from 'astro';
import { headerSearchBundles } from '#page-data/header-search-bundle.ts';

export const getStaticPaths = (async () =>
  Object.values(await headerSearchBundles()).map(({ path, code }) => ({ params: { file: path.slice('/scripts/'.length) }, props: { code } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ code: string }> = ({ props }) => new Response(props.code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
