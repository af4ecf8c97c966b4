import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { githubAddressPattern, mentionPattern, pullRef } from './refs.ts';

/**
 * The text as Markdown shows it, near enough for finding references: backslash escapes and
 * character references undone, so `owner/repo\\#12` and `owner/repo&#35;12`, which Markdown
 * links like any mention, are found too.
 */
function asShown(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/g, (whole, decimal?: string, hex?: string, name?: string) => {
      if (name) return decodeNamedCharacterReference(name) || whole;
      const code = decimal ? Number(decimal) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

/**
 * The records a text may link to, of those that exist: what the text turns into changes
 * when one of them is gathered. Generous on purpose (a mention, a GitHub address in any
 * case, and with `repo` a bare `#1` or `GH-1`, in the text as written and as shown): a
 * reference too many only costs a render.
 */
export function linkedRecords(text: string, records: { has(ref: string): boolean }, repo?: string): string[] {
  const found = new Set<string>();
  const shown = asShown(text);
  for (const variant of shown === text ? [text] : [text, shown]) {
    for (const [, owner, name, number] of variant.matchAll(mentionPattern({ loose: true }))) found.add(pullRef(`${owner}/${name}`, number!));
    for (const [, owner, name, number] of variant.matchAll(githubAddressPattern('gi'))) found.add(pullRef(`${owner}/${name}`, number!));
    if (repo) for (const [, number] of variant.matchAll(/(?:#|GH-)(\d+)/gi)) found.add(pullRef(repo, number!));
  }
  return [...found].filter((ref) => records.has(ref)).sort();
}
