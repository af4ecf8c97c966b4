import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface ParsedYaml {
  /** The document as plain data (YAML 1.2: dates stay strings). */
  data: unknown;
  /** 1-based line in the file where the value at `path` starts (a map entry: its key), or of its nearest parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** YAML syntax errors, with their lines. */
  errors: Array<{ line: number; message: string }>;
}

/** Parses YAML and keeps track of where each value sits; `firstLine` is the file line of the text's first line. */
export function parseYamlWithLines(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  return {
    data: doc.errors.length > 0 ? null : doc.toJS(),
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const start = startOf(doc.contents, path.slice(0, depth));
        if (start !== undefined) return toFileLine(start);
      }
      return firstLine;
    },
    // Without prettyErrors the errors carry only offsets: turn each into its line. The parser
    // goes on after an error and often trips again on the same line: keep the first per line.
    errors: firstPerLine(doc.errors.map((error) => ({ line: toFileLine(error.pos[0]), message: error.message.split('\n')[0]! }))),
  };
}

/** Offset where the node at `path` starts: a map entry at its key, so `items:` over a list points at `items:`. */
function startOf(root: unknown, path: readonly PropertyKey[]): number | undefined {
  let node = root as Node | null | undefined;
  let start: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((candidate) => (isScalar(candidate.key) ? candidate.key.value : candidate.key) === key);
      if (!pair) return undefined;
      start = (pair.key as Node | null)?.range?.[0];
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key] as Node | null;
      start = node?.range?.[0];
    } else {
      return undefined;
    }
  }
  return start;
}

function firstPerLine(errors: Array<{ line: number; message: string }>): Array<{ line: number; message: string }> {
  const seen = new Set<number>();
  return errors.filter((error) => !seen.has(error.line) && seen.add(error.line));
}
