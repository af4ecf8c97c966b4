import { describe, expect, it } from 'vitest';
import { formatProblem } from '#lib/content/content-error.ts';
import { checkIssueItems } from '#lib/content/resolve-issue-items.ts';
import { validateIssueFile } from '#lib/content/validate-issue-file.ts';

const FILE = 'content/issues/2023-02-06/en.mdx';
const good = `---
title: A week of fixes
number: 2
date: 2023-02-06
from: 2023-01-30
to: 2023-02-05
summary: Short.
topics: [networking]
items:
  - kubernetes/kubernetes#115143
  - cilium/cilium@v1.13.0
---

Body text.

<Item ref="kubernetes/kubernetes#115143" />
`;

const messages = (text: string) => validateIssueFile(FILE, text).problems.map(formatProblem);

describe('validateIssueFile', () => {
  it('accepts a well-formed issue and returns its frontmatter', () => {
    const result = validateIssueFile(FILE, good);
    expect(result.problems).toEqual([]);
    expect(result.frontmatter).toMatchObject({ number: 2, date: '2023-02-06', draft: false });
  });

  it('names the file, line and field of a value of the wrong type', () => {
    expect(messages(good.replace('number: 2', 'number: two'))).toEqual([
      `${FILE}:3: number: expected number, got the text "two"`,
    ]);
  });

  it('reports a missing field as required', () => {
    expect(messages(good.replace('summary: Short.\n', ''))).toEqual([`${FILE}:2: summary: is required (expected string)`]);
  });

  it('points at the exact list entry of a malformed reference', () => {
    expect(messages(good.replace('cilium/cilium@v1.13.0', 'cilium#1.13'))).toEqual([
      `${FILE}:11: items[1]: expected \`owner/repo#123\` for a pull request or \`owner/repo@tag\` for a release`,
    ]);
  });

  it('rejects unknown fields and impossible dates', () => {
    const problems = messages(good.replace('title: A week of fixes', 'title: A week of fixes\nauthor: me').replace('date: 2023-02-06', 'date: 2023-02-31'));
    expect(problems).toContain(`${FILE}:3: unknown field \`author\``);
    expect(problems).toContain(`${FILE}:5: date: 2023-02-31 is not a day in the calendar`);
    expect(messages(good.replace('date: 2023-02-06', 'date: 2023-2-6'))).toEqual([`${FILE}:4: date: expected a date written as YYYY-MM-DD`]);
  });

  it('reports an impossible day once, without the order it cannot have', () => {
    expect(messages(good.replace('to: 2023-02-05', 'to: 2023-01-32'))).toEqual([`${FILE}:6: to: 2023-01-32 is not a day in the calendar`]);
    expect(messages(good.replace('date: 2023-02-06', 'date: 2023-02-30'))).toEqual([`${FILE}:4: date: 2023-02-30 is not a day in the calendar`]);
  });

  it('rejects a window that ends after the issue date', () => {
    expect(messages(good.replace('to: 2023-02-05', 'to: 2023-02-07'))).toEqual([`${FILE}:6: to: \`to\` must not be after the issue \`date\``]);
  });

  it('reports YAML syntax errors with their line', () => {
    const [problem] = validateIssueFile(FILE, good.replace('topics: [networking]', 'topics: [networking')).problems;
    expect(problem?.message).toMatch(/^YAML: /);
    expect(problem?.line).toBeGreaterThan(1);
  });

  it('reports a file without frontmatter', () => {
    expect(messages('# Just markdown\n')).toEqual([`${FILE}:1: missing \`---\` frontmatter at the top of the file`]);
  });
});

describe('checkIssueItems', () => {
  const items = ['kubernetes/kubernetes#115143', 'cilium/cilium@v1.13.0'];

  it('passes when every item resolves', () => {
    expect(checkIssueItems({ file: FILE, text: good, items }, () => true)).toEqual([]);
  });

  it('names the file, line and reference that does not resolve', () => {
    const problems = checkIssueItems({ file: FILE, text: good, items }, (ref) => ref !== 'cilium/cilium@v1.13.0');
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}:11: items[1]: \`cilium/cilium@v1.13.0\` does not resolve to an upstream record; gather it first (npm run gather) or fix the reference`,
    ]);
  });

  it('flags a card in the body whose ref the frontmatter does not list', () => {
    const text = `${good}\n<Item ref="moby/moby@v23.0.0" />\n`;
    const problems = checkIssueItems({ file: FILE, text, items }, () => true);
    expect(problems.map(formatProblem)).toEqual([`${FILE}:18: <Item ref="moby/moby@v23.0.0"> is not listed in the frontmatter \`items\``]);
  });

  it('finds the same problems from the body alone, without lines', () => {
    const body = 'Text.\n\n<Item ref="moby/moby@v23.0.0" />\n';
    const problems = checkIssueItems({ file: FILE, body, items }, (ref) => ref !== 'cilium/cilium@v1.13.0');
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}: items[1]: \`cilium/cilium@v1.13.0\` does not resolve to an upstream record; gather it first (npm run gather) or fix the reference`,
      `${FILE}: <Item ref="moby/moby@v23.0.0"> is not listed in the frontmatter \`items\``,
    ]);
  });
});
