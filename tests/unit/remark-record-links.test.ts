// The remark plugin that links `owner/repo#123` in commentary to change pages, on
// fixture folders: `input.md` in, `output.md` (for zh) and `output.en.md` out.
// UPDATE_GOLDEN=1 rewrites the expected files.
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import { remarkRecordLinks } from '#lib/markdown/remark-record-links.ts';
import { langOfFile } from '#lib/markdown/record-refs-on-disk.ts';
import { urls } from '#lib/site/urls.ts';
import { UPDATE_GOLDEN } from '../helpers/golden.ts';

const FIXTURES = 'tests/fixtures/remark-record-links';
const KNOWN = new Set(['kubernetes/kubernetes#115143', 'kubernetes/kubernetes#114814', 'kubernetes/kubernetes#114878', 'kubernetes/kubernetes#114886']);
const options = { hasRecord: (ref: string) => KNOWN.has(ref), href: (ref: string, file: { path?: string }) => urls.change(langOfFile(file.path), ref) };

describe.each(readdirSync(FIXTURES).sort())('remarkRecordLinks: %s', (name) => {
  it.each([
    ['zh', 'output.md'],
    ['en', 'output.en.md'],
  ])('in a %s file', async (lang, expectedName) => {
    const input = await readFile(join(FIXTURES, name, 'input.md'), 'utf8');
    const output = String(await remark().use(remarkRecordLinks, options).process({ value: input, path: `content/issues/2023-01-30/${lang}.mdx` }));
    const expectedPath = join(FIXTURES, name, expectedName);
    if (UPDATE_GOLDEN) await writeFile(expectedPath, output);
    expect(output).toBe(await readFile(expectedPath, 'utf8'));
  });
});
