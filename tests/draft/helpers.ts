import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Progress } from '#lib/cli/progress.ts';
import { parseDraftArgs } from '#lib/draft/draft-options.ts';
import { runAdd, type AddSummary } from '#lib/draft/run-add.ts';
import { runDraft, type DraftEnvironment, type DraftSummary } from '#lib/draft/run-draft.ts';

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

const NOW = new Date('2023-02-06T08:00:00Z');

function environment(contentDir: string, extra: { backupDir?: string; baseUrl?: string }): DraftEnvironment {
  return {
    contentDir,
    backupDir: extra.backupDir ?? `${contentDir}-backups`,
    cacheDir: null,
    now: NOW,
    progress: silent,
    client: { baseUrl: extra.baseUrl ?? 'http://127.0.0.1:9', retryBaseMs: 5 },
  };
}

/** Runs a draft in `contentDir` with CLI-style arguments, at a fixed clock (Monday 2023-02-06). */
export function draftIn(contentDir: string, args: string[], extra: { backupDir?: string; baseUrl?: string } = {}): Promise<DraftSummary> {
  return runDraft(parseDraftArgs(args, NOW)!, environment(contentDir, extra));
}

/** Runs `draft --add …` in `contentDir`, at the same clock. */
export function addIn(contentDir: string, args: string[], extra: { backupDir?: string } = {}): Promise<AddSummary> {
  return runAdd(parseDraftArgs(args, NOW)!, environment(contentDir, extra));
}
