// The issue's rendered body and facts as JSON, read by `npm run wechat` and `npm run newsletter`,
// which run under plain Node and cannot render Astro components themselves.
import type { APIContext } from 'astro';
import { builtIssue, channelPaths } from '#page-data/channel-issues.ts';
import type { Issue } from '#page-data/load-site.ts';

export const getStaticPaths = channelPaths;

export async function GET(context: APIContext) {
  const { issue } = context.props as { issue: Issue };
  const built = await builtIssue(issue, context.site ?? new URL('http://localhost/'));
  return new Response(`${JSON.stringify(built)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
