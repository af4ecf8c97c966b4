// Kubernetes asks every PR for a fenced ```release-note block; `NONE` there means
// "no user-facing change". Other projects use a ```changelog block (moby's template
// says ```markdown changelog) or a "Release note" heading.
const FENCED = /^(`{3,}|~{3,})[ \t]*(?:markdown[ \t]+)?(release-?notes?|changelog)[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*$/im;
const HEADING = /^#{1,6}[ \t]+(?:release[ -]?notes?|changelog)[ \t]*:?[ \t]*\r?\n([\s\S]*?)(?=^#{1,6}[ \t]|(?![\s\S]))/im;
const EMPTY_NOTE = /^(?:none|n\/a|na|-|no|nothing)\.?$/i;

/** Returns the release note a pull request body declares, or null when it has none. */
export function extractReleaseNote(body: string | null | undefined): string | null {
  if (!body) return null;
  const match = FENCED.exec(body) ?? HEADING.exec(body);
  if (!match) return null;
  const text = (match[3] ?? match[1] ?? '').replace(/\r\n/g, '\n').trim();
  if (text === '' || EMPTY_NOTE.test(text)) return null;
  return text;
}
