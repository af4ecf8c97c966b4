// More of what `npm run check` catches, each on a copy of the committed content,
// through runCheck directly: one broken thing in, exactly the expected lines out.
import { cp, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '#lib/check/run-check.ts';
import { formatProblem } from '#lib/content/content-error.ts';
import { displayPath } from '#lib/fs/display-path.ts';
import { contentCopies, edit } from './content-copies.ts';

const copy = contentCopies('check-case');

const lineOf = (text: string, pattern: RegExp) => text.split('\n').findIndex((line) => pattern.test(line)) + 1;
const shown = (file: string) => displayPath(file);
const problems = async (dir: string) => (await runCheck(dir, 'public')).problems.map(formatProblem);

describe('npm run check also reports', () => {
  it('a date that is not the folder name, and so a duplicate date', async () => {
    const dir = await copy();
    await cp(join(dir, 'issues/2023-01-30'), join(dir, 'issues/2023-02-06'), { recursive: true });
    const file = join(dir, 'issues/2023-02-06/en.mdx');
    const text = await edit(file, (before) => before.replace('number: 1', 'number: 2'));
    const found = await problems(dir);
    expect(found).toContain(`${shown(file)}:${lineOf(text, /^date:/)}: date: \`2023-01-30\` does not match the folder name \`2023-02-06\``);
    expect(found).toContain(`${shown(file)}:${lineOf(text, /^date:/)}: date: date 2023-01-30 is already used by ${shown(join(dir, 'issues/2023-01-30/en.mdx'))}`);
  });

  it('zh and en that disagree on the number', async () => {
    const dir = await copy();
    const en = join(dir, 'issues/2023-01-30/en.mdx');
    const text = await edit(en, (before) => before.replace('number: 1', 'number: 7'));
    expect(await problems(dir)).toEqual([`${shown(en)}:${lineOf(text, /^number:/)}: number: is 7 here but 1 in ${shown(join(dir, 'issues/2023-01-30/zh.mdx'))}`]);
  });

  it('a card whose ref is not in `items`, and an item listed twice', async () => {
    const dir = await copy();
    const en = join(dir, 'issues/2023-01-30/en.mdx');
    const text = await edit(en, (before) => `${before.replace('  - kyma-project/kyma@2.10.0\n', '  - kyma-project/kyma@2.10.0\n  - moby/moby@v23.0.0-rc.3\n')}\n<Item ref="cilium/cilium@v9" />\n`);
    const found = await problems(dir);
    expect(found).toContain(`${shown(en)}:${lineOf(text, /cilium@v9/)}: <Item ref="cilium/cilium@v9"> is not listed in the frontmatter \`items\``);
    expect(found).toContain(`${shown(en)}:${text.split('\n').lastIndexOf('  - moby/moby@v23.0.0-rc.3') + 1}: items[9]: \`moby/moby@v23.0.0-rc.3\` is listed twice`);
  });

  it('MDX that does not compile, with its line', async () => {
    const dir = await copy();
    const en = join(dir, 'issues/2023-01-30/en.mdx');
    const text = await edit(en, (before) => `${before}\nAn unclosed <span tag here\n`);
    const found = await problems(dir);
    expect(found.some((line) => line.startsWith(`${shown(en)}:${lineOf(text, /unclosed <span/)}: MDX does not compile:`))).toBe(true);
  });

  it('a malformed link without crashing, and not an index.html link', async () => {
    const dir = await copy();
    const page = join(dir, 'pages/about/en.mdx');
    const text = await edit(page, (before) => `${before}\n[bad](/en/%E0%A4%A/) [fine](/en/about/index.html) [map](/sitemap-index.xml)\n`);
    expect(await problems(dir)).toEqual([`${shown(page)}:${lineOf(text, /\[bad\]/)}: link to /en/%E0%A4%A/ does not resolve to a page of the site`]);
  });

  it('a page missing a language, and page frontmatter that fails its schema', async () => {
    const dir = await copy();
    await unlink(join(dir, 'pages/about/zh.mdx'));
    const en = join(dir, 'pages/about/en.mdx');
    const text = await edit(en, (before) => before.replace(/^description: .*$/m, 'description: 42\nextra: true'));
    expect(await problems(dir)).toEqual(
      expect.arrayContaining([
        `${shown(join(dir, 'pages/about/zh.mdx'))}: missing: every page needs both languages`,
        expect.stringMatching(new RegExp(`^${shown(en)}:${lineOf(text, /^description:/)}: description: `)),
        expect.stringMatching(new RegExp(`^${shown(en)}:${lineOf(text, /^extra:/)}: `)),
      ]),
    );
  });

  it('a record filed under the wrong path', async () => {
    const dir = await copy();
    const wrong = join(dir, 'upstream/kubernetes/kubernetes/pulls/1.json');
    await rename(join(dir, 'upstream/kubernetes/kubernetes/pulls/114814.json'), wrong);
    const found = await problems(dir);
    expect(found).toContain(`${shown(wrong)}: ref: \`kubernetes/kubernetes#114814\` belongs in kubernetes/kubernetes/pulls/114814.json`);
  });
});
