import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import pLimit from 'p-limit';
import type { ContentProblem } from '#lib/content/content-error.ts';
import { parseJsonFile } from '#lib/content/parse-json-file.ts';
import { upstreamRecordSchema, type UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { isRecordFile, recordPath } from './refs.ts';
import { ifThere } from '#lib/fs/if-there.ts';
import { displayPath } from '#lib/fs/display-path.ts';

export interface LoadedRecords {
  /** Valid records by ref. */
  records: Map<string, UpstreamRecord>;
  problems: ContentProblem[];
}

/** Reads and validates every record under `upstreamDir` (`<owner>/<repo>/{pulls,releases}/*.json`), outside Astro. */
export async function loadRecords(upstreamDir: string): Promise<LoadedRecords> {
  const names = await ifThere(readdir(upstreamDir, { recursive: true }), []);
  const records = new Map<string, UpstreamRecord>();
  const problems: ContentProblem[] = [];
  const files = names.map((entry) => entry.split(sep).join('/')).filter(isRecordFile).sort();
  // A few dozen reads at once keep the disk and the parser busy; thousands at once would exhaust file handles.
  const texts = await pLimit(64).map(files, (name) => readFile(join(upstreamDir, name), 'utf8'));
  files.forEach((name, index) => {
    const file = displayPath(join(upstreamDir, name));
    const parsed = parseJsonFile(file, texts[index]!, upstreamRecordSchema);
    if (!parsed.value) {
      problems.push(...parsed.problems);
      return;
    }
    const record = parsed.value;
    if (recordPath(record) !== name) {
      problems.push({ file, field: 'ref', message: `\`${record.ref}\` belongs in ${recordPath(record)}` });
      return;
    }
    records.set(record.ref, record);
  });
  return { records, problems };
}
