// `npm run check`: the committed content passes, and each kind of mistake is reported
// as `file:line: message` with exit code 1. Every broken case works on a temporary
// copy of content/, chosen with CONTENT_DIR.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '#lib/check/run-check.ts';
import { astroCacheDirFor } from '#lib/content/content-dir.ts';
import { displayPath } from '#lib/fs/display-path.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ISSUE = join('issues', '2023-01-30');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/check.ts` from the project root, on `contentDir` when given. */
function check(contentDir?: string, args: string[] = []): Promise<Run> {
  const env = { ...process.env };
  if (contentDir) env.CONTENT_DIR = contentDir;
  else delete env.CONTENT_DIR;
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/check.ts', ...args], { cwd: ROOT, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

const cleanup: string[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh copy of the committed content folder. */
async function copyContent(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'uw-check-'));
  // The check keeps its scans in the folder's own cache, under node_modules/.astro.
  cleanup.push(dir, join(ROOT, astroCacheDirFor(dir)!));
  await cp(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

/** Rewrites a file; fails the test when the edit changed nothing, so a stale pattern cannot pass silently. */
async function edit(file: string, change: (text: string) => string): Promise<string> {
  const before = await readFile(file, 'utf8');
  const after = change(before);
  expect(after, `edit of ${file} changed nothing`).not.toBe(before);
  await writeFile(file, after);
  return after;
}

/** The 1-based line of the only line matching `pattern`. */
function lineOf(text: string, pattern: RegExp): number {
  const hits = text.split('\n').flatMap((line, index) => (pattern.test(line) ? [index + 1] : []));
  expect(hits, `lines matching ${pattern}`).toHaveLength(1);
  return hits[0]!;
}

/** A path as the check prints it (the command runs in the repository, as this test does). */
const shown = (file: string) => displayPath(file);
const linesOf = (stdout: string) => stdout.split('\n').filter(Boolean);

describe('npm run check', () => {
  it('passes the committed content', async () => {
    const run = await check();
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('check: 2 issue files (0 drafts), 9 records, 2 pages, 3 demos: no problems');
  });

  it('warns of an issue without its English file, and passes', async () => {
    const dir = await copyContent();
    const en = join(dir, ISSUE, 'en.mdx');
    await unlink(en);
    const run = await check(dir);
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toEqual([`${shown(en)}: warning: missing: not translated yet; until it is, the en address shows the zh issue with a notice`]);
    expect(run.stderr).toContain(': 1 warning');
  });

  it('reports an item covered in English but not in Chinese', async () => {
    const dir = await copyContent();
    const [zh, en] = [join(dir, ISSUE, 'zh.mdx'), join(dir, ISSUE, 'en.mdx')];
    await edit(zh, (text) => text.replace('  - kubernetes/kubernetes#114886\n', '').replace('<Item ref="kubernetes/kubernetes#114886" />\n', ''));
    const line = lineOf(await readFile(en, 'utf8'), /^ {2}- kubernetes\/kubernetes#114886$/);
    const run = await check(dir);
    expect(run.code).toBe(1);
    const card = lineOf(await readFile(en, 'utf8'), /^<Item ref="kubernetes\/kubernetes#114886" \/>$/);
    expect(linesOf(run.stdout)).toEqual([
      `${shown(en)}:${line}: items[4]: \`kubernetes/kubernetes#114886\` is covered here but not in ${shown(zh)}`,
      `${shown(en)}:${card}: <Item ref="kubernetes/kubernetes#114886"> is placed here but not in ${shown(zh)}`,
    ]);
  });

  it('reports a reference with no upstream record, in both languages', async () => {
    const dir = await copyContent();
    const files = [join(dir, ISSUE, 'en.mdx'), join(dir, ISSUE, 'zh.mdx')];
    const expected = [];
    for (const file of files) {
      const text = await edit(file, (before) => before.replaceAll('kubernetes/kubernetes#114886', 'kubernetes/kubernetes#1'));
      const line = lineOf(text, /^ {2}- kubernetes\/kubernetes#1$/);
      expected.push(`${shown(file)}:${line}: items[4]: \`kubernetes/kubernetes#1\` does not resolve to an upstream record; gather it first (npm run gather) or fix the reference`);
    }
    const run = await check(dir);
    expect(run.code).toBe(1);
    expect(linesOf(run.stdout)).toEqual(expected);
  });

  it('reports placeholders and TODO text left in a published issue', async () => {
    const dir = await copyContent();
    const en = join(dir, ISSUE, 'en.mdx');
    const text = await edit(en, (before) => `${before.replace(/^title: .*$/m, 'title: "TODO: x"')}\n<Placeholder for="intro" />\n`);
    const run = await check(dir);
    expect(run.code).toBe(1);
    expect(linesOf(run.stdout)).toEqual([
      `${shown(en)}:${lineOf(text, /^title:/)}: title: still holds the draft's TODO text`,
      `${shown(en)}:${lineOf(text, /<Placeholder/)}: commentary for the introduction is not written yet (<Placeholder> still in place)`,
    ]);
  });

  it('on a draft, lists what is left to do as warnings, each at its line, and passes', async () => {
    const dir = await copyContent();
    const en = join(dir, ISSUE, 'en.mdx');
    await edit(en, (before) => `${before.replace(/^title: .*$/m, 'title: "TODO: x"').replace(/^summary: .*$/m, 'summary: TODO write it')}\n<Placeholder for="intro" />\n\n<Placeholder for="kubernetes/kubernetes#115143" />\n`);
    for (const lang of ['en', 'zh']) await edit(join(dir, ISSUE, `${lang}.mdx`), (before) => before.replace(/^to: .*$/m, '$&\ndraft: true'));
    const text = await readFile(en, 'utf8');
    const run = await check(dir);
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toEqual([
      `${shown(en)}:${lineOf(text, /^title:/)}: warning: title: still holds the draft's TODO text`,
      `${shown(en)}:${lineOf(text, /^draft:/)}: warning: draft: 2 placeholders, 2 TODOs left before it can be published`,
      `${shown(en)}:${lineOf(text, /^summary:/)}: warning: summary: still holds the draft's TODO text`,
      `${shown(en)}:${lineOf(text, /for="intro"/)}: warning: commentary for the introduction is not written yet (<Placeholder> still in place)`,
      `${shown(en)}:${lineOf(text, /for="kubernetes/)}: warning: commentary for kubernetes/kubernetes#115143 is not written yet (<Placeholder> still in place)`,
    ]);
    expect(run.stderr).toContain('(2 drafts)');
    expect(run.stderr).toContain('5 warnings');
  });

  it('reports a draft state that differs between the languages', async () => {
    const dir = await copyContent();
    const [zh, en] = [join(dir, ISSUE, 'zh.mdx'), join(dir, ISSUE, 'en.mdx')];
    const text = await edit(en, (before) => before.replace(/^to: .*$/m, '$&\ndraft: true'));
    const run = await check(dir);
    expect(run.code).toBe(1);
    expect(linesOf(run.stdout)).toEqual([`${shown(en)}:${lineOf(text, /^draft:/)}: draft: is true here but false in ${shown(zh)}`]);
  });

  it('reports a <Demo> that does not exist, but not one that does or one inside a code block', async () => {
    const dir = await copyContent();
    // content/demos/so-linger exists in the committed content.
    const en = join(dir, ISSUE, 'en.mdx');
    const text = await edit(en, (before) => `${before}\n<Demo name="nope" />\n\n<Demo name="so-linger" />\n\n\`\`\`mdx\n<Demo name="in-a-fence" />\n\`\`\`\n`);
    const run = await check(dir);
    expect(run.code).toBe(1);
    expect(linesOf(run.stdout)).toEqual([`${shown(en)}:${lineOf(text, /name="nope"/)}: <Demo name="nope"> does not exist under content/demos/ (known: conntrack, ipvs-schedulers, so-linger)`]);
    expect(run.stderr).toContain('3 demos');
  });

  it('answers from the scans the last run kept, and scans an edited body again', async () => {
    const dir = await copyContent();
    expect((await check(dir)).code).toBe(0);
    const kept = join(ROOT, astroCacheDirFor(dir)!, 'mdx-scans.check.json');
    const file = JSON.parse(await readFile(kept, 'utf8')) as { version: string; entries: Record<string, { ok: boolean; tags: unknown[] }> };
    const scans = Object.values(file.entries).filter((scan) => scan.ok);
    expect(scans.length).toBeGreaterThanOrEqual(4);
    // A tag only the kept file holds: a run that reads the file reports it, one that parses does not.
    for (const scan of scans) scan.tags.push({ name: 'Demo', attributes: { name: 'kept-only' }, line: 1 });
    await writeFile(kept, JSON.stringify(file));
    const [en, zh] = ['en', 'zh'].map((lang) => join(dir, ISSUE, `${lang}.mdx`)) as [string, string];
    const bodyLine = async (path: string) => (await readFile(path, 'utf8')).split('\n').indexOf('---', 1) + 2;
    const missing = async (path: string) => `${shown(path)}:${await bodyLine(path)}: <Demo name="kept-only"> does not exist under content/demos/ (known: conntrack, ipvs-schedulers, so-linger)`;
    const second = await check(dir);
    expect(second.code).toBe(1);
    expect(linesOf(second.stdout)).toEqual(expect.arrayContaining([await missing(en), await missing(zh)]));
    // --force parses every body again (and keeps what it found).
    expect(await check(dir, ['--force'])).toMatchObject({ code: 0, stdout: '' });
    await writeFile(kept, JSON.stringify(file));
    await edit(en, (text) => `${text}\nOne more line.\n`);
    const third = await check(dir);
    expect(linesOf(third.stdout)).toContain(await missing(zh));
    expect(linesOf(third.stdout)).not.toContain(await missing(en));
  });

  it('reports an internal link to no page, and lets other links through', async () => {
    const dir = await copyContent();
    const en = join(dir, ISSUE, 'en.mdx');
    const links = ['/en/issues/2023-01-23/', '/en/about/', '../../about/', '#anchor', 'https://kubernetes.io', '/favicon.svg'];
    const text = await edit(en, (before) => `${before}${links.map((url) => `\n[x](${url})\n`).join('')}`);
    const run = await check(dir);
    expect(run.code).toBe(1);
    expect(linesOf(run.stdout)).toEqual([
      `${shown(en)}:${lineOf(text, /\(\/en\/issues\/2023-01-23\/\)/)}: link to /en/issues/2023-01-23/ does not resolve to a page of the site`,
    ]);
  });

  it('reports two issues with the same number, and items covered by both', async () => {
    const dir = await copyContent();
    const second = join(dir, 'issues', '2023-02-06');
    await cp(join(dir, ISSUE), second, { recursive: true });
    const expected = [];
    for (const lang of ['en', 'zh']) {
      const file = join(second, `${lang}.mdx`);
      const text = await edit(file, (before) =>
        before.replace(/^date: .*$/m, 'date: 2023-02-06').replace(/^from: .*$/m, 'from: 2023-01-30').replace(/^to: .*$/m, 'to: 2023-02-05'),
      );
      expected.push(`${shown(file)}:${lineOf(text, /^number:/)}: number: issue number 1 is already used by ${shown(join(dir, ISSUE, `${lang}.mdx`))}`);
      // The copy lists the same nine items, which the ledger allows only once.
      expected.push(`${shown(file)}:${lineOf(text, /^ {2}- kubernetes\/kubernetes#115143$/)}: items[0]: \`kubernetes/kubernetes#115143\` is already covered by ${shown(join(dir, ISSUE, `${lang}.mdx`))}`);
    }
    const run = await check(dir);
    expect(run.code).toBe(1);
    expect(linesOf(run.stdout)).toEqual(expect.arrayContaining(expected));
    expect(linesOf(run.stdout).filter((line) => line.includes('is already covered by'))).toHaveLength(18);
  });

  it('reports an invalid upstream record by its file', async () => {
    const dir = await copyContent();
    const pulls = join(dir, 'upstream', 'kubernetes', 'kubernetes', 'pulls');
    const record = JSON.parse(await readFile(join(pulls, '114814.json'), 'utf8')) as Record<string, unknown>;
    const file = join(pulls, '1.json');
    await writeFile(file, JSON.stringify({ ...record, ref: 'kubernetes/kubernetes#1', number: 'x' }, null, 2));
    const run = await check(dir);
    expect(run.code).toBe(1);
    expect(linesOf(run.stdout)).toEqual([`${shown(file)}: number: expected number, got the text "x"`]);
  });
});

describe('runCheck', () => {
  it('counts what it checked in the committed content', async () => {
    const report = await runCheck(join(ROOT, 'content'), join(ROOT, 'public'));
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual({ issueFiles: 2, drafts: 0, records: 9, pages: 2, demos: 3 });
  });

  it('lets a draft link to another draft, but not a published issue', async () => {
    const dir = await copyContent();
    const draft = join(dir, 'issues', '2023-02-06');
    await cp(join(dir, ISSUE), draft, { recursive: true });
    for (const lang of ['en', 'zh']) {
      await edit(join(draft, `${lang}.mdx`), (text) =>
        text
          .replace(/^number: .*$/m, 'number: 2')
          .replace(/^date: .*$/m, 'date: 2023-02-06')
          .replace(/^to: .*$/m, '$&\ndraft: true')
          .concat(`\n[self](/${lang}/issues/2023-02-06/)\n`),
      );
    }
    const published = join(dir, ISSUE, 'en.mdx');
    const text = await edit(published, (before) => `${before}\n[the next issue](/en/issues/2023-02-06/)\n`);
    const report = await runCheck(dir, join(ROOT, 'public'));
    expect(report.problems.filter((problem) => problem.message.startsWith('link'))).toEqual([
      { file: displayPath(published), line: lineOf(text, /\[the next issue\]/), message: 'link to /en/issues/2023-02-06/ does not resolve to a page of the site' },
    ]);
    expect(report.counts.drafts).toBe(2);
  });
});
