import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Progress } from '../../src/lib/cli/progress.ts';
import { parseDraftArgs } from '../../src/lib/draft/draft-options.ts';
import { runDraft, type DraftSummary } from '../../src/lib/draft/run-draft.ts';

export const DRAFT_FIXTURES = 'tests/fixtures/draft';

/**
 * A content folder for one fixture case: the nine records of the first issue, plus
 * the case's own `upstream/` and `issues/`.
 */
export async function caseContent(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `uw-draft-${name}-`));
  await cp('tests/fixtures/records/upstream', join(dir, 'upstream'), { recursive: true });
  for (const part of ['upstream', 'issues']) {
    const source = join(DRAFT_FIXTURES, name, part);
    if (existsSync(source)) await cp(source, join(dir, part), { recursive: true });
  }
  return dir;
}

export async function caseArgs(name: string): Promise<string[]> {
  return (JSON.parse(await readFile(join(DRAFT_FIXTURES, name, 'case.json'), 'utf8')) as { args: string[] }).args;
}

export const silent: Progress = { step: () => {}, log: () => {}, end: () => {} };

/** Runs a draft in `contentDir` with CLI-style arguments, at a fixed clock. */
export function draftIn(contentDir: string, args: string[], extra: { backupDir?: string; baseUrl?: string } = {}): Promise<DraftSummary> {
  const options = parseDraftArgs(args, new Date('2023-02-06T08:00:00Z'))!;
  return runDraft(options, {
    contentDir,
    backupDir: extra.backupDir ?? `${contentDir}-backups`,
    cacheDir: null,
    now: new Date('2023-02-06T08:00:00Z'),
    progress: silent,
    client: { baseUrl: extra.baseUrl ?? 'http://127.0.0.1:9', retryBaseMs: 5 },
  });
}
