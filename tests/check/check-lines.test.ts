// Problems are reported at the line in the file where they are, and one mistake
// gives one problem: YAML syntax errors (watchlist and frontmatter), unknown fields,
// MDX that does not compile, components the site does not provide.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '#lib/check/run-check.ts';
import { formatProblem } from '#lib/content/content-error.ts';
import { displayPath } from '#lib/fs/display-path.ts';
import { contentCopies, edit } from './content-copies.ts';

const copy = contentCopies('check-lines');

/** The 1-based line of the one line matching `pattern`. */
function lineOf(text: string, pattern: RegExp): number {
  const hits = text.split('\n').flatMap((line, index) => (pattern.test(line) ? [index + 1] : []));
  if (hits.length !== 1) throw new Error(`${hits.length} lines match ${pattern}`);
  return hits[0]!;
}

const shown = (file: string) => displayPath(file);
const problems = async (dir: string) => (await runCheck(dir, 'public')).problems.filter((problem) => !problem.severity).map(formatProblem);

describe('check reports at the line in the file', () => {
  it('a YAML syntax error deep in the watchlist', async () => {
    const dir = await copy();
    const file = join(dir, 'watchlist.yaml');
    const text = await edit(file, (before) => `${before}  - repo: fluxcd/flux2\n    releases:\n      prereleases: true\n  - repo: argoproj/argo-cd: true\n`);
    expect(lineOf(text, /argo-cd/)).toBeGreaterThan(20);
    expect(await problems(dir)).toEqual([`${shown(file)}:${lineOf(text, /argo-cd/)}: YAML: Nested mappings are not allowed in compact mappings`]);
  });

  it('an unknown field of the watchlist at its key, not at the value under it', async () => {
    const dir = await copy();
    const file = join(dir, 'watchlist.yaml');
    const text = await edit(file, (before) => before.replace('  - repo: moby/moby\n', '  - repo: moby/moby\n    labels:\n      - kind/bug\n'));
    expect(await problems(dir)).toEqual([`${shown(file)}:${lineOf(text, /^ {4}labels:/)}: repositories[1]: unknown field \`labels\``]);
  });

  it('a YAML syntax error on line 10 of an issue\'s frontmatter', async () => {
    const dir = await copy();
    const file = join(dir, 'issues/2023-01-30/en.mdx');
    const text = await edit(file, (before) => before.replace('  - kubelet\n', '  - kubelet: on: nodes\n'));
    expect(lineOf(text, /kubelet: on/)).toBe(10);
    const found = await problems(dir);
    expect(found).toContain(`${shown(file)}:10: YAML: Nested mappings are not allowed in compact mappings`);
    expect(found.filter((line) => line.startsWith(shown(file)))).toHaveLength(1);
  });

  it('an unknown frontmatter field holding a list, at its key', async () => {
    const dir = await copy();
    const file = join(dir, 'issues/2023-01-30/en.mdx');
    const text = await edit(file, (before) => before.replace('topics:\n', 'tags:\n  - a\n  - b\ntopics:\n'));
    expect(await problems(dir)).toEqual([`${shown(file)}:${lineOf(text, /^tags:/)}: unknown field \`tags\``]);
  });

  it('MDX that does not compile, once, with no echo in the other language', async () => {
    const dir = await copy();
    const file = join(dir, 'issues/2023-01-30/en.mdx');
    const text = await edit(file, (before) => before.replace('## Upstream progress\n', '## Upstream progress\n\nThe limit is {less than 5 seconds\n'));
    expect(await problems(dir)).toEqual([
      `${shown(file)}:${lineOf(text, /less than 5 seconds/)}: MDX does not compile: Unexpected end of file in expression, expected a corresponding closing brace for \`{\``,
    ]);
  });

  it('an element never closed, at its own line, though the compiler names it only in its message', async () => {
    const dir = await copy();
    const file = join(dir, 'issues/2023-01-30/en.mdx');
    const text = await edit(file, (before) => before.replace('## Upstream progress\n', '## Upstream progress\n\n<Demo name="so-linger">\n'));
    expect(await problems(dir)).toEqual([`${shown(file)}:${lineOf(text, /<Demo name="so-linger">$/)}: MDX does not compile: Expected a closing tag for \`<Demo>\``]);
  });

  it('a component the page does not provide, and an import', async () => {
    const dir = await copy();
    const file = join(dir, 'issues/2023-01-30/en.mdx');
    const text = await edit(file, (before) =>
      before.replace('<Item ref="kubernetes/kubernetes#115143" />', '<Itme ref="kubernetes/kubernetes#115143" />').replace('## Other news\n', '## Other news\n\nimport Chart from "./chart.astro";\n'),
    );
    expect(await problems(dir)).toEqual([
      `${shown(file)}:${lineOf(text, /<Itme/)}: <Itme> is not a component this page provides (known: Item, Placeholder, Demo)`,
      `${shown(file)}:${lineOf(text, /^import Chart/)}: \`import\`/\`export\` is not allowed in content: the site provides the components (Item, Placeholder, Demo)`,
      `${shown(join(dir, 'issues/2023-01-30/zh.mdx'))}:${lineOf(await readFile(join(dir, 'issues/2023-01-30/zh.mdx'), 'utf8'), /<Item ref="kubernetes\/kubernetes#115143"/)}: <Item ref="kubernetes/kubernetes#115143"> is placed here but not in ${shown(file)}`,
    ]);
  });
});
