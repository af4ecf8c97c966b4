import { githubAddressPattern, mentionPattern, pullRef } from './refs.ts';

/**
 * The records a text may link to, of those that exist: what the text turns into changes
 * when one of them is gathered. Generous on purpose (a mention, a GitHub address in any
 * case, and with `repo` a bare `#1` or `GH-1`): a reference too many only costs a render.
 */
export function linkedRecords(text: string, records: { has(ref: string): boolean }, repo?: string): string[] {
  const found = new Set<string>();
  for (const [, owner, name, number] of text.matchAll(mentionPattern({ loose: true }))) found.add(pullRef(`${owner}/${name}`, number!));
  for (const [, owner, name, number] of text.matchAll(githubAddressPattern('gi'))) found.add(pullRef(`${owner}/${name}`, number!));
  if (repo) for (const [, number] of text.matchAll(/(?:#|GH-)(\d+)/gi)) found.add(pullRef(repo, number!));
  return [...found].filter((ref) => records.has(ref)).sort();
}
