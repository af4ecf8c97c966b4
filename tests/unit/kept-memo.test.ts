// KeptMemo: values made from texts, kept in a file between runs, and only ever a cache.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeptMemo } from '#lib/fs/kept-memo.ts';
import { readOnlyDir } from '../helpers/read-only-dir.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function keptFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'uw-kept-'));
  dirs.push(dir);
  return join(dir, 'memo.json');
}

/** One run: the values for `texts`, and which texts it had to make. */
async function run(file: string, texts: string[], options: { version?: string; reuse?: boolean } = {}) {
  const memo = new KeptMemo<number>(file, options.version ?? 'v1', options.reuse);
  const made: string[] = [];
  const values = texts.map((text) => memo.get(text, () => (made.push(text), text.length)));
  return { values, made, saved: await memo.save() };
}

describe('KeptMemo', () => {
  it('makes each value once, and the next run finds it in the file', async () => {
    const file = await keptFile();
    expect(await run(file, ['a', 'bb', 'a'])).toEqual({ values: [1, 2, 1], made: ['a', 'bb'], saved: true });
    expect(await run(file, ['bb', 'a', 'ccc'])).toEqual({ values: [2, 1, 3], made: ['ccc'], saved: true });
  });

  it('drops what a run did not ask for, and keeps the file when a run asks for nothing', async () => {
    const file = await keptFile();
    await run(file, ['a', 'bb']);
    await run(file, ['bb']);
    expect((await run(file, ['a', 'bb'])).made).toEqual(['a']);
    const before = await readFile(file, 'utf8');
    await run(file, []);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('makes everything again under another version, from a damaged file, or when told not to reuse', async () => {
    const file = await keptFile();
    await run(file, ['a']);
    expect((await run(file, ['a'], { version: 'v2' })).made).toEqual(['a']);
    expect((await run(file, ['a'], { version: 'v2', reuse: false })).made).toEqual(['a']);
    expect((await run(file, ['a'], { version: 'v2' })).made).toEqual([]);
    await writeFile(file, '{"version": "v2", "entr');
    expect(await run(file, ['a'], { version: 'v2' })).toEqual({ values: [1], made: ['a'], saved: true });
  });

  it('does not keep a value its maker says may come out otherwise next time', async () => {
    const file = await keptFile();
    const first = new KeptMemo<string>(file, 'v1');
    expect(first.get('deep', () => 'stack overflow', () => false)).toBe('stack overflow');
    expect(first.get('fine', () => 'parsed', () => true)).toBe('parsed');
    await first.save();
    const second = new KeptMemo<string>(file, 'v1');
    let made = 0;
    expect(second.get('deep', () => (made++, 'parsed at last'))).toBe('parsed at last');
    expect(second.get('fine', () => (made++, 'made again'))).toBe('parsed');
    expect(made).toBe(1);
  });

  it('works on when its folder cannot be written', async (context) => {
    const readOnly = await readOnlyDir();
    if ('skip' in readOnly) return context.skip(readOnly.skip);
    try {
      expect(await run(join(readOnly.dir, 'memo.json'), ['a', 'a'])).toEqual({ values: [1, 1], made: ['a'], saved: false });
    } finally {
      await readOnly.release();
    }
  });
});
