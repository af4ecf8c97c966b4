// The layout's rules for imports: the product (src/, scripts/) never reaches into tests/,
// and code in src/ or scripts/ names another folder through its package alias (`#lib/…`),
// never a `../` climb, so moving a file changes the imports of that file only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|mjs|astro)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function specifiers(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((match) => match[1]!);
}

describe('import boundaries', () => {
  const product = [...sourceFiles('src'), ...sourceFiles('scripts')];

  it('finds the product files', () => {
    expect(product.length).toBeGreaterThan(100);
  });

  it('never imports from tests/', () => {
    const offenders = product.filter((file) => specifiers(file).some((spec) => /(^|\/)tests\//.test(spec)));
    expect(offenders).toEqual([]);
  });

  it('uses the # aliases instead of climbing with ../', () => {
    const offenders = product.flatMap((file) => specifiers(file).filter((spec) => spec.startsWith('../')).map((spec) => `${file}: ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('declares every alias it uses in package.json', () => {
    const declared = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).imports as Record<string, string>).map((key) => key.replace('/*', '/'));
    const used = new Set(product.flatMap(specifiers).filter((spec) => spec.startsWith('#')).map((spec) => `${spec.split('/')[0]}/`));
    expect([...used].filter((alias) => !declared.includes(alias))).toEqual([]);
  });
});
