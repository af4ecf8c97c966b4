import { LineCounter, parseDocument } from 'yaml';

export interface ParsedFrontmatter {
  /** The frontmatter as plain data (YAML 1.2: dates stay strings). */
  data: unknown;
  /** 1-based line in the whole file where the value at `path` starts, if it exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** YAML syntax errors, with their lines. */
  errors: Array<{ line: number; message: string }>;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---` frontmatter off a Markdown/MDX file and keeps track of where each field sits. */
export function parseFrontmatter(text: string): ParsedFrontmatter | null {
  const match = FENCE.exec(text);
  if (!match) return null;
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter, prettyErrors: false });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + 1; // +1 for the opening ---
  return {
    data: doc.toJS(),
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return toFileLine(node.range[0]);
        // A missing or scalar-less key: point at the key of the nearest map entry instead.
      }
      return path.length > 0 ? 2 : undefined;
    },
    bodyLine: match[0].split('\n').length,
    errors: doc.errors.map((error) => ({ line: error.linePos ? error.linePos[0].line + 1 : 2, message: error.message })),
  };
}
