import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astroCacheDirFor } from '#lib/content/content-dir.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { displayPath } from '#lib/fs/display-path.ts';

// Each case copies the committed content, breaks one file, and runs the real build.
const cleanup: string[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function brokenContent(edit: (text: string) => string): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'uw-content-'));
  cleanup.push(dir, astroCacheDirFor(dir)!);
  await cp('content', dir, { recursive: true });
  const file = join(dir, 'issues', '2023-01-30', 'en.mdx');
  await writeFile(file, edit(await readFile(file, 'utf8')));
  return { dir, file };
}

describe('the build rejects bad content', () => {
  it('fails on a reference with no upstream record, naming the file, line and reference', async () => {
    const { dir, file } = await brokenContent((text) => text.replace('  - kyma-project/kyma@2.10.0', '  - kyma-project/kyma@2.10.0\n  - kubernetes/kubernetes#999999'));
    const result = await astroBuild({ contentDir: dir });
    cleanup.push(result.outDir);
    expect(result.code).not.toBe(0);
    // Paths are printed relative to the project root, as Astro reports them.
    expect(result.output).toContain(`${displayPath(file)}:24: items[9]: \`kubernetes/kubernetes#999999\` does not resolve to an upstream record`);
  });

  it('fails on frontmatter of the wrong type, naming the file and the field', async () => {
    const { dir } = await brokenContent((text) => text.replace('number: 1', 'number: one'));
    const result = await astroBuild({ contentDir: dir });
    cleanup.push(result.outDir);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/2023-01-30\/en\.mdx/);
    expect(result.output).toMatch(/number/);
  });
});
