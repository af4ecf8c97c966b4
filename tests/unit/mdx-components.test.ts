// The components check allows are the ones the pages pass to <Content>: read from their source.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '#lib/content/mdx-components.ts';

/** The names inside `components={{ … }}` (or `components: { … }`) in a source file; [] when it passes none. */
async function passed(file: string): Promise<string[]> {
  const source = await readFile(file, 'utf8');
  const match = /components(?:=\{|:\s*)\{([^}]*)\}/.exec(source);
  return match ? match[1]!.split(',').map((name) => name.trim()).filter(Boolean).sort() : [];
}

describe('the MDX component vocabulary', () => {
  it('matches what each page passes to its content', async () => {
    expect(await passed('src/pages/[lang]/issues/[date].astro')).toEqual([...MDX_COMPONENTS.issues].sort());
    expect(await passed('src/page-data/render-issue-html.ts')).toEqual([...MDX_COMPONENTS.issues].sort());
    expect(await passed('src/pages/[lang]/demos/[name].astro')).toEqual([...MDX_COMPONENTS.demos].sort());
    expect(await passed('src/pages/[lang]/about.astro')).toEqual([...MDX_COMPONENTS.pages].sort());
  });
});
