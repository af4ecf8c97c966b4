import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentProblem } from '#lib/content/content-error.ts';
import { parseJsonFile } from '#lib/content/parse-json-file.ts';
import { demoResultsSchema } from '#lib/schemas/demo-results.ts';
import { displayPath } from '#lib/fs/display-path.ts';

/** Each demo's `results.json`, when there is one, must match its schema and name its own demo. */
export async function checkDemoResults(demosDir: string, names: readonly string[]): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const name of names) {
    const path = join(demosDir, name, 'results.json');
    const file = displayPath(path);
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) continue;
    const parsed = parseJsonFile(file, text, demoResultsSchema);
    problems.push(...parsed.problems);
    if (parsed.value && parsed.value.demo !== name) {
      problems.push({ file, field: 'demo', message: `holds results of \`${parsed.value.demo}\`, not \`${name}\`` });
    }
  }
  return problems;
}
