import { LineCounter, parseDocument } from 'yaml';

export interface ParsedYaml {
  /** The document as plain data (YAML 1.2: dates stay strings). */
  data: unknown;
  /** 1-based line in the file where the value at `path` starts, or of its nearest parent. */
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
    data: doc.toJS(),
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return toFileLine(node.range[0]);
      }
      return firstLine;
    },
    errors: doc.errors.map((error) => ({ line: error.linePos ? error.linePos[0].line + firstLine - 1 : firstLine, message: error.message })),
  };
}
