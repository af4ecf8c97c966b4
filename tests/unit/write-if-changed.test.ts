// The one atomic writer: text and bytes alike, written only when the bytes differ.
import { mkdtemp, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeIfChanged } from '#lib/fs/write-if-changed.ts';
import { tinyDiskDir } from '../helpers/read-only-dir.ts';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeIfChanged', () => {
  it('writes text as UTF-8 and bytes as they are, into folders it makes, and leaves equal bytes alone', async () => {
    dir = await mkdtemp(join(tmpdir(), 'uw-write-'));
    const text = join(dir, 'a', 'notes.md');
    expect(await writeIfChanged(text, '上游 notes\n')).toBe('new');
    expect(await readFile(text, 'utf8')).toBe('上游 notes\n');
    // The same characters given as bytes are the same file.
    expect(await writeIfChanged(text, Buffer.from('上游 notes\n', 'utf8'))).toBe('unchanged');

    const eml = join(dir, 'b', 'issue.eml');
    const bytes = Buffer.from([0x46, 0x72, 0x6f, 0x6d, 0x3a, 0x20, 0xe4, 0xb8, 0x8a, 0x0d, 0x0a]);
    expect(await writeIfChanged(eml, bytes)).toBe('new');
    const old = new Date('2020-01-01T00:00:00Z');
    await utimes(eml, old, old);
    expect(await writeIfChanged(eml, Buffer.from(bytes))).toBe('unchanged');
    expect((await stat(eml)).mtime).toEqual(old);
    expect(await writeIfChanged(eml, Buffer.concat([bytes, Buffer.from('x')]))).toBe('changed');
    expect(await readFile(eml)).toEqual(Buffer.concat([bytes, Buffer.from('x')]));
    expect(await writeIfChanged(eml, bytes, { dryRun: true })).toBe('changed');
    expect((await readFile(eml)).length).toBe(bytes.length + 1);
  });

  it('on a disk that fills up mid-write, throws ENOSPC naming the file and keeps the old file whole', async (context) => {
    dir = await mkdtemp(join(tmpdir(), 'uw-write-'));
    const tiny = await tinyDiskDir();
    if ('skip' in tiny) return context.skip(tiny.skip);
    try {
      const file = join(tiny.dir, 'record.json');
      expect(await writeIfChanged(file, '{"old":true}\n')).toBe('new');
      // Larger than the whole file system: the write is cut short, which must not pass for success.
      const big = `${'x'.repeat(20_000)}\n`;
      await expect(writeIfChanged(file, big)).rejects.toThrow(`cannot write ${file}: no space left on the device (ENOSPC)`);
      expect(await readFile(file, 'utf8')).toBe('{"old":true}\n');
      expect(await readdir(tiny.dir)).toEqual(['record.json']);
    } finally {
      await tiny.release();
    }
  });
});

describe('writeIfChanged onto a folder', () => {
  it('says it cannot write that path, which is a folder', async () => {
    dir = await mkdtemp(join(tmpdir(), 'uw-write-'));
    await expect(writeIfChanged(dir, 'x\n')).rejects.toThrow(`cannot write ${dir}: it is a folder, not a file (EISDIR); name a file`);
  });
});
