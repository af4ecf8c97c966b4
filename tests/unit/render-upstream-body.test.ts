// The sanitization guard: hostile upstream bodies through the same renderer the
// change pages use. Whatever goes in, nothing that runs or escapes comes out.
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderUpstreamBody } from '#lib/markdown/render-upstream-body.ts';
import { relevelHeadings } from '#lib/markdown/rehype-upstream-body.ts';

const links = { changePage: (ref: string) => (ref === 'kubernetes/kubernetes#115143' ? '/en/changes/kubernetes/kubernetes/115143/' : null) };

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)"> <a href="#" onclick="alert(1)" onmouseover="x()">click</a>',
  '[run me](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=) <a href="JaVaScRiPt:alert(1)">mixed case</a>',
  '<iframe src="https://example.org"></iframe><object data="x.swf"></object><embed src="x">',
  '<xmp><script>alert(1)</script></xmp>',
  '{props.secret} and {/* not a comment */}',
  'export const leak = 1\n\nimport fs from "node:fs"',
  '<!-- hidden comment --> visible',
  '<a id="logo" name="top">anchor</a>\n\n## A heading',
  '<style>body{display:none}</style><form action="https://evil.example"><input name=x></form>',
  '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>',
];

describe('renderUpstreamBody, against hostile bodies', () => {
  const html = renderUpstreamBody(HOSTILE.join('\n\n'), 'kubernetes/kubernetes', links);
  const $ = cheerio.load(html, null, false);

  it('keeps no script, style, iframe, object, embed, form or xmp element', () => {
    expect($('script, style, iframe, object, embed, form, xmp, svg')).toHaveLength(0);
    // GitHub's schema keeps inputs only as disabled checkboxes (task lists).
    for (const input of $('input').toArray()) expect(input.attribs).toMatchObject({ type: 'checkbox', disabled: '' });
  });

  it('keeps no event-handler attribute', () => {
    const handlers = $('*').toArray().flatMap((element) => Object.keys($(element).attr() ?? {}).filter((name) => /^on/i.test(name)));
    expect(handlers).toEqual([]);
  });

  it('keeps no javascript: or data: URL', () => {
    const urls = $('[href], [src], [action]').toArray().flatMap((element) => [element.attribs.href, element.attribs.src, element.attribs.action].filter(Boolean));
    expect(urls.filter((url) => /^\s*(javascript|data|vbscript):/i.test(url!))).toEqual([]);
  });

  it('prefixes every id and name, as GitHub does', () => {
    const ids = $('[id], [name]').toArray().flatMap((element) => [element.attribs.id, element.attribs.name].filter(Boolean));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^user-content-/);
  });

  it('shows MDX-looking text and export lines as text, and drops HTML comments', () => {
    const text = $.root().text();
    expect(text).toContain('{props.secret}');
    expect(text).toContain('export const leak = 1');
    expect(html).not.toContain('<!--');
    expect(text).toContain('visible');
  });
});

describe('renderUpstreamBody, on ordinary bodies', () => {
  it('renders GFM and links #123 to GitHub, or to the change page when the record exists', () => {
    const html = renderUpstreamBody('Follows #115143, fixes #99.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] done', 'kubernetes/kubernetes', links);
    const $ = cheerio.load(html, null, false);
    expect($('a').map((_, a) => $(a).attr('href')).get()).toEqual(['/en/changes/kubernetes/kubernetes/115143/', 'https://github.com/kubernetes/kubernetes/issues/99']);
    expect($('table td').map((_, cell) => $(cell).text()).get()).toEqual(['1', '2']);
    expect($('input[type="checkbox"][checked]')).toHaveLength(1);
  });

  it('fits the body into a change page: headings two levels down, repository-relative links, no third-party images, working footnotes', () => {
    const html = renderUpstreamBody('# Title\n\n## Part\n\nSee [the docs](docs/README.md).[^1]\n\n![diagram](https://tracker.example/p.png)\n\n[^1]: A note.', 'kubernetes/kubernetes', links);
    const $ = cheerio.load(html, null, false);
    expect($('h1, h2')).toHaveLength(0);
    expect($('h3').first().text()).toBe('Title');
    expect($('a').filter((_, a) => $(a).text() === 'the docs').attr('href')).toBe('https://github.com/kubernetes/kubernetes/blob/HEAD/docs/README.md');
    expect($('img')).toHaveLength(0);
    expect($('a').filter((_, a) => $(a).text() === '[image: diagram]').attr('href')).toBe('https://tracker.example/p.png');
    const reference = $('sup a').attr('href')!;
    expect(reference.startsWith('#user-content-')).toBe(true);
    expect($(`[id="${reference.slice(1)}"]`)).toHaveLength(1);
  });
});

describe('renderUpstreamBody, on empty code blocks', () => {
  it('drops a code block with nothing but whitespace in it, as a PR template leaves ```docs, and keeps one with code', () => {
    const body = '#### Additional documentation\n\n```docs\n\n```\n\n```\n   \n```\n\n<pre><code> </code></pre>\n\n```go\nfunc main() {}\n```';
    const $ = cheerio.load(renderUpstreamBody(body, 'kubernetes/kubernetes', links), null, false);
    expect($('pre')).toHaveLength(1);
    expect($('pre code').text()).toBe('func main() {}\n');
    expect($('h3').text()).toBe('Additional documentation');
  });
});

describe('relevelHeadings', () => {
  it.each([
    ['a template that starts at ####', [4, 4, 4], [3, 3, 3]],
    ['# and ## as GitHub writes them', [1, 2, 2, 1], [3, 4, 4, 3]],
    ['a jump from ## to ####', [2, 4, 3], [3, 4, 4]],
    ['a deep outline, kept at h6', [1, 2, 3, 4, 5, 6], [3, 4, 5, 6, 6, 6]],
  ])('puts %s under the page’s h2 without skipping a level', (_name, levels, expected) => {
    expect(relevelHeadings(levels, 3)).toEqual(expected);
  });

  it('renders a body whose only headings are #### as h3', () => {
    const $ = cheerio.load(renderUpstreamBody('#### What type of PR is this?\n\n/kind bug\n\n#### Which issue(s) this PR fixes:\n\nNone', 'kubernetes/kubernetes', links), null, false);
    expect($('h3').map((_, heading) => $(heading).text()).get()).toEqual(['What type of PR is this?', 'Which issue(s) this PR fixes:']);
    expect($('h4, h5, h6')).toHaveLength(0);
  });
});
