// The steps of `npm run audit`: serve the built site, weigh the audited pages, run
// Lighthouse on them, and return the report the CLI writes and the tests assert.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sirv from 'sirv';
import { LOCALES } from '#lib/i18n/locales.ts';
import { urls } from '#lib/site/urls.ts';
import { pageWeight, type PageWeight } from './page-weight.ts';
import { runLighthouse, type PageAudit } from './run-lighthouse.ts';

/** The home page and the first issue, in both languages. */
export const AUDITED = [...LOCALES.map((lang) => urls.home(lang)), ...LOCALES.map((lang) => urls.issue(lang, '2023-01-30'))];

export interface AuditReport {
  pages: PageAudit[];
  weights: PageWeight[];
  recordedAt: string;
}

export async function runAudit(dist: string, chromePath: string, paths: readonly string[] = AUDITED): Promise<AuditReport> {
  // As a static host serves: sirv's dev mode sends `Cache-Control: no-store`, which keeps
  // pages out of the back/forward cache and costs a Lighthouse audit the site does not fail.
  const handler = sirv(dist, { extensions: ['html'], etag: true });
  const notFound = await readFile(join(dist, '404.html')).catch(() => Buffer.from('not found'));
  const server = createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.end(notFound);
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const weights = await Promise.all(paths.map((path) => pageWeight(dist, path)));
    const pages = await runLighthouse(origin, paths, chromePath);
    return { pages, weights, recordedAt: new Date().toISOString() };
  } finally {
    server.close();
  }
}
