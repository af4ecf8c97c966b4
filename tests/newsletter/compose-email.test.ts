// The plain-text part underlines the title to its width on a terminal or in a mail
// client's fixed font, where a Chinese character takes two columns and a Latin one one.
import { describe, expect, it } from 'vitest';
import { composeEmail } from '#lib/newsletter/compose-email.ts';

const edition = { lists: ['list@example.org'], from: { name: '上游周报', address: 'weekly@example.org' }, unsubscribe: { mailto: 'leave@example.org' } };
const issue = (title: string, lang: 'zh' | 'en') => ({ lang, date: '2024-05-06', number: 3, title, summary: 's', url: 'https://upstream-weekly.example.org/zh/issues/2024-05-06/', html: '<p>body</p>' });

describe('composeEmail: the plain-text title', () => {
  it.each([
    ['第 3 期：Kubernetes v1.31', 'zh', 25],
    ['上游周报', 'zh', 8],
    ['Issue 3: Kubernetes v1.31', 'en', 25],
  ] as const)('%j is underlined with %s columns of =', (title, lang, columns) => {
    const lines = composeEmail(issue(title, lang), edition).text.split('\n');
    const at = lines.indexOf(title);
    expect(lines[at + 1]).toBe('='.repeat(columns));
  });
});
