import type { APIRoute } from 'astro';
import { headerSearchBundle } from '#page-data/header-search-bundle.ts';

export async function getStaticPaths() {
  const { path } = await headerSearchBundle();
  return [{ params: { file: path.slice('/scripts/'.length) } }];
}

export const GET: APIRoute = async () =>
  new Response((await headerSearchBundle()).code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
