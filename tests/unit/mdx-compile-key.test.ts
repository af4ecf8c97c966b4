// The key a compiled MDX module is kept under changes with whatever the compile reads, and
// only with that: otherwise a rebuild would reuse a module compiled from something else.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeDigest, mdxCompileKey } from '#lib/markdown/mdx-compile-key.ts';

const source = '---\ntitle: Week 1\n---\n\nkubernetes/kubernetes#115143 changed the probe timeouts; see also cilium/cilium#23000.\n';
const gathered = new Set(['kubernetes/kubernetes#115143']);
const base = { id: '/site/content/issues/2023-01-30/zh.mdx', source, code: 'code-1', hasRecord: (ref: string) => gathered.has(ref) };
const key = mdxCompileKey(base);

describe('mdxCompileKey', () => {
  it('is the same for the same module, code and records', () => {
    expect(mdxCompileKey({ ...base, hasRecord: (ref) => ref === 'kubernetes/kubernetes#115143' })).toBe(key);
  });

  it('changes with the text, the path (the links’ language) and the code', () => {
    expect(mdxCompileKey({ ...base, source: source.replace('Week 1', 'Week 2') })).not.toBe(key);
    expect(mdxCompileKey({ ...base, id: base.id.replace('zh.mdx', 'en.mdx') })).not.toBe(key);
    expect(mdxCompileKey({ ...base, code: 'code-2' })).not.toBe(key);
  });

  it('changes when a record the text names is gathered late, and not for any other record', () => {
    const late = new Set([...gathered, 'cilium/cilium#23000']);
    expect(mdxCompileKey({ ...base, hasRecord: (ref) => late.has(ref) })).not.toBe(key);
    const unrelated = new Set([...gathered, 'cilium/cilium#1']);
    expect(mdxCompileKey({ ...base, hasRecord: (ref) => unrelated.has(ref) })).toBe(key);
  });

  it('sees a mention written with a Markdown escape or a character reference, which MDX links too', () => {
    for (const written of ['kubernetes/kubernetes\\#35', 'kubernetes/kubernetes&#35;35', 'kubernetes/kubernetes&num;35', 'kubernetes/kubernetes&#x23;35']) {
      const text = { ...base, source: `${source}\nAlso ${written}.\n` };
      const before = mdxCompileKey(text);
      expect(mdxCompileKey({ ...text, hasRecord: (ref) => gathered.has(ref) || ref === 'kubernetes/kubernetes#35' }), written).not.toBe(before);
    }
  });
});

describe('codeDigest', () => {
  const root = mkdtempSync(join(tmpdir(), 'uw-code-digest-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const path of ['package-lock.json', 'astro.config.mjs', 'src/lib', 'src/integrations']) cpSync(path, join(root, path), { recursive: true });
  const before = codeDigest(root);

  it('changes when a plugin the compile may import changes, or a package version', () => {
    writeFileSync(join(root, 'src/lib/markdown/remark-record-links.ts'), '// edited\n', { flag: 'a' });
    const edited = codeDigest(root);
    expect(edited).not.toBe(before);
    writeFileSync(join(root, 'package-lock.json'), '\n', { flag: 'a' });
    expect(codeDigest(root)).not.toBe(edited);
  });
});
