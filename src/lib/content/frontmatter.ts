import { remember } from './remember.ts';
import { parseYamlWithLines, type ParsedYaml } from './yaml-lines.ts';

export interface ParsedFrontmatter extends ParsedYaml {
  /** 1-based line where the body starts. */
  bodyLine: number;
}

/** The frontmatter fence at the start of a file: `---`, the YAML, `---`. */
export const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---` frontmatter off a Markdown/MDX file and keeps track of where each field sits. */
export function parseFrontmatter(text: string): ParsedFrontmatter | null {
  return remember(PARSED, text, () => parse(text));
}

// Checks ask for the same file's frontmatter several times; parse it once.
const PARSED = new Map<string, ParsedFrontmatter | null>();

function parse(text: string): ParsedFrontmatter | null {
  const match = FENCE.exec(text);
  if (!match) return null;
  // Line 1 is the opening `---`, so the YAML starts on line 2.
  return { ...parseYamlWithLines(match[1]!, 2), bodyLine: match[0].split('\n').length };
}

/**
 * A file's text after its frontmatter, trimmed: the body as Astro's glob loader gives it.
 * The checks cut the body by line instead (`bodyLine`), to keep its line numbers.
 */
export function loaderBody(text: string): string {
  const match = FENCE.exec(text);
  return (match ? text.slice(match[0].length) : text).trim();
}
