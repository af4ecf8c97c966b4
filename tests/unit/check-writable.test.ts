// Asked before a long run: can the command write where it was told?
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { whyNotWritable } from '#lib/fs/check-writable.ts';
import { readOnlyDir } from '../helpers/read-only-dir.ts';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('whyNotWritable', () => {
  it('passes a new file or folder under a writable one, and an existing one of the right kind', async () => {
    dir = await mkdtemp(join(tmpdir(), 'uw-writable-'));
    expect(await whyNotWritable(join(dir, 'a', 'b', 'results.json'), 'file')).toBeNull();
    expect(await whyNotWritable(join(dir, 'dist'), 'folder')).toBeNull();
    expect(await whyNotWritable(dir, 'folder')).toBeNull();
  });

  it('names a folder given for a file, and a file given for a folder or standing in the path', async () => {
    dir = await mkdtemp(join(tmpdir(), 'uw-writable-'));
    await writeFile(join(dir, 'plain'), '');
    expect(await whyNotWritable(dir, 'file')).toBe(`cannot write ${dir}: it is a folder, not a file (EISDIR); name a file`);
    expect(await whyNotWritable(join(dir, 'plain'), 'folder')).toContain(`cannot write ${join(dir, 'plain')}: a part of the path is a file, not a folder (ENOTDIR)`);
    expect(await whyNotWritable(join(dir, 'plain', 'x.json'), 'file')).toContain('(ENOTDIR)');
  });

  it('names a read-only folder, for a file in it and for the folder itself', async (context) => {
    dir = await mkdtemp(join(tmpdir(), 'uw-writable-'));
    const readOnly = await readOnlyDir();
    if ('skip' in readOnly) return context.skip(readOnly.skip);
    try {
      const expected = `cannot write ${readOnly.dir}: the file system is read-only (EROFS)`;
      expect(await whyNotWritable(readOnly.dir, 'folder')).toContain(expected);
      expect(await whyNotWritable(join(readOnly.dir, 'sub', 'results.json'), 'file')).toContain(expected);
    } finally {
      await readOnly.release();
    }
  });
});
