import type { APIRoute, GetStaticPaths } from 'astro';
import { allClientBundles } from '#page-data/client-bundles.ts';

export const getStaticPaths = (async () =>
  (await allClientBundles()).map(({ path, code }) => ({ params: { file: path.slice('/scripts/'.length) }, props: { code } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ code: string }> = ({ props }) => new Response(props.code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
