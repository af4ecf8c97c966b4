// The steps of `npm run audit`: serve the built site, weigh the audited pages, run
// Lighthouse on them, and return the report the CLI writes and the tests assert.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sirv from 'sirv';
import { InterruptedError } from '#lib/cli/cli-errors.ts';
import { interruptSignal, signalExitCode } from '#lib/cli/on-interrupt.ts';
import { LOCALES } from '#lib/i18n/locales.ts';
import { urls } from '#lib/site/urls.ts';
import { pageWeight, type PageWeight } from './page-weight.ts';
import { runLighthouse, type LighthouseOptions, type PageAudit } from './run-lighthouse.ts';

/** The home page and the first issue, in both languages. */
export const AUDITED = [...LOCALES.map((lang) => urls.home(lang)), ...LOCALES.map((lang) => urls.issue(lang, '2023-01-30'))];

export interface AuditReport {
  pages: PageAudit[];
  weights: PageWeight[];
  recordedAt: string;
}

export interface AuditOptions extends LighthouseOptions {
  paths?: readonly string[];
}

/**
 * Aborted (Ctrl-C, SIGTERM, SIGHUP), it kills the browser, removes its profile, closes the
 * server and ends with an InterruptedError whose exit code is the signal's (130, 143, 129).
 */
export async function runAudit(dist: string, chromePath: string, options: AuditOptions = {}): Promise<AuditReport> {
  const { paths = AUDITED, ...lighthouseOptions } = options;
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
    const pages = await runLighthouse(origin, paths, chromePath, lighthouseOptions);
    return { pages, weights, recordedAt: new Date().toISOString() };
  } catch (error) {
    if (!options.signal?.aborted) throw error;
    const signal = interruptSignal() ?? 'SIGINT';
    throw new InterruptedError(`stopped by ${signal}; the browser is closed and no report was written`, signalExitCode(signal));
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
