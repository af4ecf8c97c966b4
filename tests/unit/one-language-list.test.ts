// The site's languages are listed once, in src/lib/i18n/locales.ts: Astro's i18n config,
// the content globs, URL patterns, schemas and usage texts derive from it. This finds the
// product (src/, scripts/, astro.config.mjs) spelling the list out again anywhere else.
// A table keyed by language (`Record<Lang, …> = { zh: …, en: … }`) is allowed: the type
// checker ties its keys to the list.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANG_CHOICE, LANG_FILES_GLOB, langOfFileName, langOfPath } from '#lib/i18n/locales.ts';
import { langOfFile } from '#lib/markdown/record-refs-on-disk.ts';
import { translatePath } from '#lib/site/urls.ts';

const LIST_FILE = join('src', 'lib', 'i18n', 'locales.ts');

/** Two different language codes written as a list, in the ways code and prose write one. */
const SPELLINGS: Array<[name: string, pattern: RegExp]> = [
  ['an alternation, zh|en', /\b(zh|en)\s*\|\s*(?!\1)(?:zh|en)\b/],
  ["a quoted list or union, 'zh', 'en' or 'zh' | 'en'", /(['"`])(zh|en)\1\s*[,|]\s*(['"`])(?!\2)(?:zh|en)\3/],
  ['a glob, {zh,en}', /\{(zh|en),(?!\1)(?:zh|en)\}/],
  ['both file names, zh.mdx … en.mdx', /\b(zh|en)\.mdx\b.*\b(?!\1)(?:zh|en)\.mdx\b/],
  ['both language folders, /zh/ … /en/', /(['"`])\/(zh|en)\/\1.*\/(?!\2)(?:zh|en)\//],
  ['prose, zh and en or zh/en', /\b(zh|en)(?: and | or |\/)(?!\1)(?:zh|en)\b/],
];

function productFiles(): string[] {
  const inDir = (dir: string) =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.(ts|mts|mjs|astro|css)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
  return [...inDir('src'), ...inDir('scripts'), 'astro.config.mjs'];
}

function spellings(text: string): string[] {
  return text.split('\n').flatMap((line, index) => SPELLINGS.filter(([, pattern]) => pattern.test(line)).map(([name]) => `${index + 1}: ${name}: ${line.trim()}`));
}

describe('the list of languages', () => {
  const files = productFiles();

  it('catches each way of spelling the list out', () => {
    const samples = [
      "z.enum(['zh', 'en'])",
      "lang: 'zh' | 'en'",
      "pattern: '*/{zh,en}.mdx'",
      'return /^\\/(zh|en)\\//.test(path);',
      "if (file === 'zh.mdx' || file === 'en.mdx')",
      "const AUDITED = ['/zh/', '/en/'];",
      'the zh and en versions',
      '--lang en|zh',
    ];
    expect(samples.filter((sample) => spellings(sample).length === 0)).toEqual([]);
    // One language alone, or a table keyed by language, is not a list.
    expect(spellings("const LIMIT: Record<Lang, number> = { zh: 90, en: 160 };\nif (lang === 'zh') wrap = false;\n:lang(zh) h1 {}")).toEqual([]);
  });

  it('is spelled out only in locales.ts', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(spellings(readFileSync(LIST_FILE, 'utf8')).length).toBeGreaterThan(0);
    const offenders = files.filter((file) => file !== LIST_FILE).flatMap((file) => spellings(readFileSync(file, 'utf8')).map((found) => `${file}:${found}`));
    expect(offenders).toEqual([]);
  });
});

describe('what derives from the list', () => {
  it('gives the content glob and the usage choice', () => {
    expect(LANG_FILES_GLOB).toBe('{zh,en}.mdx');
    expect(LANG_CHOICE).toBe('zh|en');
  });

  it('reads a language from a content file name, the default for any other file', () => {
    expect(langOfFileName('content/issues/2023-01-30/en.mdx')).toBe('en');
    expect(langOfFileName('zh.mdx')).toBe('zh');
    expect(langOfFileName('content\\demos\\so-linger\\en.mdx')).toBe('en');
    expect(langOfFileName('content/issues/2023-01-30/fr.mdx')).toBeUndefined();
    expect(langOfFileName('content/pages/about/en.md')).toBeUndefined();
    expect(langOfFile('content/issues/2023-01-30/en.mdx')).toBe('en');
    expect(langOfFile('content/issues/2023-01-30/zh.mdx')).toBe('zh');
    expect(langOfFile('README.mdx')).toBe('zh');
    expect(langOfFile(undefined)).toBe('zh');
  });

  it('reads and swaps the language folder of a site path, and leaves other paths alone', () => {
    expect(langOfPath('/en/changes/')).toBe('en');
    expect(langOfPath('/zh')).toBe('zh');
    expect(langOfPath('/english/')).toBeUndefined();
    expect(langOfPath('/')).toBeUndefined();
    expect(translatePath('/en/issues/2023-01-30/', 'zh')).toBe('/zh/issues/2023-01-30/');
    expect(translatePath('/zh', 'en')).toBe('/en');
    expect(translatePath('/zhx/about/', 'en')).toBe('/zhx/about/');
    expect(translatePath('/404/', 'en')).toBe('/404/');
  });
});
