import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentProblem } from '../content/content-error.ts';
import { fieldPath, friendlyMessage, valueAt } from '../content/format-zod-issues.ts';
import { upstreamRecordSchema, type UpstreamRecord } from '../schemas/upstream-record.ts';
import { recordPath } from './record-files.ts';

export interface LoadedRecords {
  /** Valid records by ref. */
  records: Map<string, UpstreamRecord>;
  problems: ContentProblem[];
}

const RECORD_FILE = /^[^/]+\/[^/]+\/(?:pulls|releases)\/[^/]+\.json$/;

/** Reads and validates every record under `upstreamDir` (`<owner>/<repo>/{pulls,releases}/*.json`), outside Astro. */
export async function loadRecords(upstreamDir: string): Promise<LoadedRecords> {
  const names = await readdir(upstreamDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const records = new Map<string, UpstreamRecord>();
  const problems: ContentProblem[] = [];
  for (const name of names.map((entry) => entry.split(sep).join('/')).filter((entry) => RECORD_FILE.test(entry)).sort()) {
    const file = relative(process.cwd(), join(upstreamDir, name));
    let data: unknown;
    try {
      data = JSON.parse(await readFile(join(upstreamDir, name), 'utf8'));
    } catch (error) {
      problems.push({ file, message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const result = upstreamRecordSchema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file, field: fieldPath(issue.path) || undefined, message: friendlyMessage(issue, valueAt(data, issue.path)) });
      continue;
    }
    const record = result.data;
    if (recordPath(record) !== name) {
      problems.push({ file, field: 'ref', message: `\`${record.ref}\` belongs in ${recordPath(record)}` });
      continue;
    }
    records.set(record.ref, record);
  }
  return { records, problems };
}
