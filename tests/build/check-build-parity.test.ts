// Check ⊇ build: each row is content the build refuses on its own (a real build, with
// the content check switched off), and `npm run check` must refuse it first, at the
// line where the mistake is. With the check on, the build stops in check's words.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '#lib/check/run-check.ts';
import { astroCacheDirFor } from '#lib/content/content-dir.ts';
import { formatProblem } from '#lib/content/content-error.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { displayPath } from '#lib/fs/display-path.ts';

const cleanup: string[] = [];
afterAll(() => Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true }))));

const ISSUE = 'issues/2023-01-30/en.mdx';

interface Row {
  what: string;
  /** The file broken, under the content folder (default: the first issue in English). */
  file?: string;
  edit: (text: string) => string;
  /** The line the mistake is on, found in the edited text. */
  at: RegExp;
  /** What check says there, after `file:line: `. */
  says: string;
  /** Something the build's own failure says, so it is known to fail for this mistake. */
  refusal: RegExp;
}

const rows: Row[] = [
  {
    what: 'a component the site does not provide',
    edit: (text) => text.replace('<Item ref="kubernetes/kubernetes#115143" />', '<Itme ref="kubernetes/kubernetes#115143" />'),
    at: /<Itme/,
    says: '<Itme> is not a component this page provides (known: Item, Placeholder, Demo)',
    refusal: /Itme/,
  },
  {
    what: 'MDX that does not compile',
    edit: (text) => text.replace('## Upstream progress\n', '## Upstream progress\n\nProbes close in {under a second\n'),
    at: /under a second/,
    says: 'MDX does not compile: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
    refusal: /expected a corresponding closing brace/,
  },
  {
    what: 'an import of a file that does not exist',
    edit: (text) => text.replace('## Upstream progress\n', '## Upstream progress\n\nimport Chart from "./chart.astro";\n'),
    at: /^import Chart/,
    says: '`import`/`export` is not allowed in content: the site provides the components (Item, Placeholder, Demo)',
    refusal: /chart\.astro/,
  },
  {
    what: 'a YAML syntax error in the frontmatter',
    edit: (text) => text.replace('  - kubelet\n', '  - kubelet: on: nodes\n'),
    at: /kubelet: on/,
    says: 'YAML: Nested mappings are not allowed in compact mappings',
    refusal: /bad indentation of a mapping entry/,
  },
  {
    what: 'an unknown frontmatter field',
    edit: (text) => text.replace('topics:\n', 'tags:\n  - probes\ntopics:\n'),
    at: /^tags:/,
    says: 'unknown field `tags`',
    refusal: /tags/,
  },
  {
    what: 'an item with no upstream record',
    edit: (text) => text.replace('  - kyma-project/kyma@2.10.0', '  - kyma-project/kyma@2.10.0\n  - kubernetes/kubernetes#999999'),
    at: /#999999$/,
    says: 'items[9]: `kubernetes/kubernetes#999999` does not resolve to an upstream record; gather it first (npm run gather) or fix the reference',
    refusal: /kubernetes#999999/,
  },
  {
    what: 'a placeholder left in a published issue',
    edit: (text) => text.replace('## Upstream progress\n', '## Upstream progress\n\n<Placeholder for="intro" />\n'),
    at: /<Placeholder/,
    says: 'commentary for the introduction is not written yet (<Placeholder> still in place)',
    refusal: /<Placeholder> still in place/,
  },
  {
    what: 'a card in demo notes with no upstream record',
    file: 'demos/so-linger/en.mdx',
    edit: (text) => text.replace('<Item ref="kubernetes/kubernetes#115143" level={3} />', '<Item ref="kubernetes/kubernetes#999999" level={3} />'),
    at: /#999999/,
    says: '<Item ref="kubernetes/kubernetes#999999"> does not resolve to an upstream record; gather it first (npm run gather) or fix the reference',
    refusal: /no upstream record has this ref/,
  },
];

async function broken(row: Row): Promise<{ dir: string; file: string; line: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'uw-parity-'));
  cleanup.push(dir, astroCacheDirFor(dir)!);
  await cp('content', dir, { recursive: true });
  const file = join(dir, row.file ?? ISSUE);
  const before = await readFile(file, 'utf8');
  const text = row.edit(before);
  expect(text, 'the edit changed nothing').not.toBe(before);
  await writeFile(file, text);
  const lines = text.split('\n').flatMap((line, index) => (row.at.test(line) ? [index + 1] : []));
  expect(lines).toHaveLength(1);
  return { dir, file, line: lines[0]! };
}

describe('what the build refuses, check refuses first, at its line', () => {
  it.each(rows)('$what', async (row) => {
    const { dir, file, line } = await broken(row);
    const found = (await runCheck(dir, 'public')).problems.filter((problem) => !problem.severity).map(formatProblem);
    expect(found).toContain(`${displayPath(file)}:${line}: ${row.says}`);

    const build = await astroBuild({ contentDir: dir, env: { UPSTREAM_WEEKLY_BUILD_WITHOUT_CHECK: '1' } });
    cleanup.push(build.outDir);
    expect(build.code, build.output).not.toBe(0);
    expect(build.output).toMatch(row.refusal);
  }, 180_000);

  // The check runs beside Astro (src/lib/build/check-beside.ts): a bad component is met by Astro
  // only when pages render, after the check has stopped it; bad YAML stops Astro's content
  // sync at once, maybe before the check is done. Either way the check's words are what fail the build.
  it.each([rows[0]!, rows[3]!])('the build stops in check’s words, naming the source file and line: $what', async (row) => {
    const { dir, file, line } = await broken(row);
    const build = await astroBuild({ contentDir: dir });
    cleanup.push(build.outDir);
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(`${displayPath(file)}:${line}: ${row.says}`);
    expect(build.output).not.toMatch(/rss|feed/i);
  }, 180_000);
});
