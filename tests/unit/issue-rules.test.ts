// The rules check and the build share on an issue file (src/lib/content/issue-rules.ts).
import { describe, expect, it } from 'vitest';
import { mayHavePlaceholders } from '#lib/content/find-placeholders.ts';
import { folderDateProblems, placeholderProblems } from '#lib/content/issue-rules.ts';

const issue = (title: string, summary: string, body: string, draft = false) =>
  `---\ntitle: ${JSON.stringify(title)}\nnumber: 1\ndate: 2023-01-30\nfrom: 2023-01-16\nto: 2023-01-29\nsummary: ${JSON.stringify(summary)}\ntopics: []\nitems: []\ndraft: ${draft}\n---\n\n${body}\n`;

describe('folderDateProblems', () => {
  it('accepts a date that names the folder', () => {
    expect(folderDateProblems('x.mdx', '2023-01-30', '2023-01-30', 4)).toEqual([]);
  });

  it('names both when they differ, at the line given', () => {
    expect(folderDateProblems('x.mdx', '2023-01-31', '2023-01-30', 4)).toEqual([{ file: 'x.mdx', line: 4, field: 'date', message: '`2023-01-31` does not match the folder name `2023-01-30`' }]);
  });
});

describe('placeholderProblems', () => {
  const left = issue('TODO: headline', 'Written.', '<Placeholder for="intro" />\n\nText.');

  it('are errors, each at its line, in a published issue', () => {
    expect(placeholderProblems('x.mdx', left, false)).toEqual([
      { file: 'x.mdx', line: 2, field: 'title', message: "still holds the draft's TODO text" },
      { file: 'x.mdx', line: 13, message: 'commentary for the introduction is not written yet (<Placeholder> still in place)' },
    ]);
  });

  it('are warnings after a count at `draft` in a draft', () => {
    const problems = placeholderProblems('x.mdx', issue('TODO: headline', 'Written.', '<Placeholder for="intro" />', true), true);
    expect(problems[0]).toEqual({ file: 'x.mdx', line: 10, field: 'draft', severity: 'warning', message: '1 placeholder, 1 TODO left before it can be published' });
    expect(problems.slice(1).every((problem) => problem.severity === 'warning')).toBe(true);
    expect(placeholderProblems('x.mdx', issue('Done', 'Done.', 'Text.', true), true)).toEqual([]);
  });

  it.each([
    ['TODO: headline', 'Written.', 'Text.', true],
    ['Headline', '  TODO one or two sentences', 'Text.', true],
    ['Headline', 'Written.', 'Before <Placeholder for="o/r#1" /> after.', true],
    ['Headline', 'Written.', 'Text.', false],
    ['TODOS are fine', 'Written.', 'No element here.', false],
  ] as const)('the build’s quick look never misses what the rule finds: %j %j %j', (title, summary, body, holds) => {
    const text = issue(title, summary, body);
    expect(placeholderProblems('x.mdx', text, false).length > 0).toBe(holds);
    expect(mayHavePlaceholders({ title, summary }, body)).toBe(holds);
  });
});
