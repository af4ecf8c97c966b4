// content/newsletter-sent.yaml: read before sending, appended to after each accepted message.
import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { writeIfChanged } from '#lib/fs/write-if-changed.ts';
import { ContentError } from '#lib/content/content-error.ts';
import { checkYamlAgainst } from '#lib/content/schema-problems.ts';
import { parseYamlWithLines } from '#lib/content/yaml-lines.ts';
import { ifThere } from '#lib/fs/if-there.ts';
import { sentLogSchema, type SentEntry } from '#lib/schemas/newsletter-sent.ts';
import { displayPath } from '#lib/fs/display-path.ts';

const EMPTY = '# Written by `npm run newsletter` once the SMTP server has accepted a message.\nsent: []\n';

/** Every entry of the log; a missing file is an empty log, an invalid one a ContentError with lines. */
export async function readSentLog(path: string): Promise<SentEntry[]> {
  return checkedEntries(path, await ifThere(readFile(path, 'utf8'), EMPTY));
}

function checkedEntries(path: string, text: string): SentEntry[] {
  const result = checkYamlAgainst(displayPath(path), parseYamlWithLines(text), sentLogSchema);
  if (result.value === null) throw new ContentError(result.problems);
  return result.value.sent;
}

/**
 * Appends `entry`, keeping the file's comments and layout, and replaces the file atomically:
 * a crash leaves the old log or the new one, never half of one. The file is read again first,
 * so an edit made while the mail went out is kept.
 */
export async function recordSent(path: string, entry: SentEntry): Promise<void> {
  const text = await ifThere(readFile(path, 'utf8'), EMPTY);
  checkedEntries(path, text);
  const doc = parseDocument(text);
  const sent = doc.get('sent', true) as { items?: unknown[]; flow?: boolean } | undefined;
  if (sent && 'flow' in sent) sent.flow = false;
  doc.addIn(['sent'], doc.createNode(entry));
  await writeIfChanged(path, doc.toString({ lineWidth: 0 }));
}
