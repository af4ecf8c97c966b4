import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { KeptMemo } from '#lib/fs/kept-memo.ts';
import { sourceDigest } from '#lib/fs/source-digest.ts';
import { parseMdx } from './parse-mdx.ts';
import { remember } from './remember.ts';

export interface JsxTag {
  name: string;
  /** Attributes with a literal string value; expression attributes are left out. */
  attributes: Record<string, string>;
  /** 1-based line within the text scanned, plus `lineOffset`. */
  line: number;
}

export interface LinkUse {
  url: string;
  line: number;
}

export interface MdxProblem {
  line: number;
  message: string;
}

/** A top-level heading (its text as the reader sees it) or a top-level `<Item ref>` card. */
export type OutlineEntry = { heading: string } | { item: string };

export type MdxScan = ({ ok: true; tags: JsxTag[]; links: LinkUse[]; esm: number[]; outline: OutlineEntry[] }) | ({ ok: false } & MdxProblem);

/**
 * Parses an MDX body the way the MDX compiler does and lists the components, links and
 * `import`/`export` lines it holds. Tags inside code blocks and comments are not tags,
 * and a parse error is returned with its line instead of thrown. Pages call this while
 * they render, so it parses only; `compileProblem` is check's stricter test.
 */
export function scanMdx(body: string, lineOffset = 0): MdxScan {
  const scan = remember(SCANS, body, () => (kept ? kept.scans.get(body, () => scanAt(body), settled) : scanAt(body)));
  if (!scan.ok) return { ...scan, line: scan.line + lineOffset };
  if (lineOffset === 0) return scan;
  const shift = <T extends { line: number }>(list: T[]) => list.map((entry) => ({ ...entry, line: entry.line + lineOffset }));
  return { ...scan, tags: shift(scan.tags), links: shift(scan.links), esm: scan.esm.map((line) => line + lineOffset) };
}

// The compiler the site's MDX integration is built on (@mdx-js/mdx, with GFM as Astro adds it).
const compiler = createProcessor({ remarkPlugins: [remarkGfm] });

/**
 * What the site's MDX compile refuses in a body, at its line, or null. Compiling, not
 * only parsing, is how `npm run check` refuses what the build would.
 */
export function compileProblem(body: string, lineOffset = 0): MdxProblem | null {
  const compile = (): Verdict => {
    try {
      compiler.processSync(body);
      return 'compiles';
    } catch (error) {
      return marked(problemOf(error), error);
    }
  };
  const problem = remember(COMPILES, body, () => (kept ? kept.compiles.get(body, compile, settled) : compile()));
  return problem === 'compiles' ? null : { ...problem, line: problem.line + lineOffset };
}

// `npm run check` looks at each body from several angles (items, placeholders,
// demos, links, the other language): parse and compile each once.
const SCANS = new Map<string, MdxScan>();
const COMPILES = new Map<string, MdxProblem | 'compiles'>();

type Verdict = MdxProblem | 'compiles';

// What parses and compiles a body: its code, and the packages as locked and as installed (npm
// rewrites node_modules/.package-lock.json on every install). Kept under another version, a
// scan or verdict is made again.
const SCANNER = ['package-lock.json', 'node_modules/.package-lock.json', 'src/lib/content/scan-mdx.ts', 'src/lib/content/parse-mdx.ts'];
let kept: { scans: KeptMemo<MdxScan>; compiles: KeptMemo<Verdict> } | undefined;

/**
 * Keeps scans and compile verdicts in `dir` between runs, by each body's digest: at ten
 * years the build parses and `npm run check` compiles over a thousand bodies, nearly all
 * unchanged since the last run (1.8 s of a rebuild, 3.6 s of a check at 520 issues). Each
 * reader keeps its own file (`for`): the build and the check slice a body from its file
 * apart (the check keeps the last newline), and run side by side, so one file would hold
 * only the last one's bodies. With `reuse: false` every body is parsed again, and kept. Off
 * unless asked for (tests and one-off parses keep nothing); from a folder other than the
 * project root, where the scanner's own code is not found to key them by, it stays off.
 */
export function keepScansIn(dir: string, options: { for: 'build' | 'check'; reuse?: boolean }): void {
  if (kept) return;
  let version: string;
  try {
    version = sourceDigest(SCANNER.filter((path) => path.startsWith('src/') || existsSync(path)));
  } catch {
    return;
  }
  const reuse = options.reuse ?? true;
  kept = {
    scans: new KeptMemo(join(dir, `mdx-scans.${options.for}.json`), version, reuse),
    compiles: new KeptMemo(join(dir, `mdx-compiles.${options.for}.json`), version, reuse),
  };
}

/**
 * Whether a scan or verdict holds for its body next time too: a parse or compile error is
 * the parser's message, at its place; anything else (a stack overflow on a deeply nested
 * body) is not kept.
 */
const settled = (value: MdxScan | Verdict) => value === 'compiles' || !TRANSIENT.has(value);
const TRANSIENT = new WeakSet<object>();

/** `problem`, marked as not to be kept unless `error` is a parser's message (a VFileMessage, which has a `reason`). */
function marked<T extends object>(problem: T, error: unknown): T {
  if (typeof (error as { reason?: unknown } | null)?.reason !== 'string') TRANSIENT.add(problem);
  return problem;
}

/** Writes what this run scanned and compiled for the next one (see keepScansIn); a cache it cannot write is skipped. */
export async function saveScans(): Promise<void> {
  if (!kept) return;
  await Promise.all([kept.scans.save(), kept.compiles.save()]);
}

/** A parse or compile error's line (counted from the body) and first line of message. */
function problemOf(error: unknown): MdxProblem {
  // Some messages carry their place only in the text, as `(7:1-7:24)`, counted from the
  // body: take the line from there, and leave the body-relative numbers out of the message.
  const place = error as { line?: number; place?: { line?: number; start?: { line?: number } } };
  const first = (error as Error).message.split('\n')[0]!;
  const inText = /\s*\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(first);
  const line = place.line ?? place.place?.start?.line ?? place.place?.line ?? (inText ? Number(inText[1]) : 1);
  return { line, message: inText ? first.slice(0, inText.index) : first };
}

function scanAt(body: string): MdxScan {
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    return marked({ ok: false, ...problemOf(error) }, error);
  }
  const tags: JsxTag[] = [];
  const links: LinkUse[] = [];
  const esm: number[] = [];
  const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;
  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (!element.name) return;
      const attributes: Record<string, string> = {};
      for (const attribute of element.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
      }
      tags.push({ name: element.name, attributes, line: lineOf(element) });
      for (const name of ['href', 'src']) {
        if (typeof attributes[name] === 'string') links.push({ url: attributes[name], line: lineOf(element) });
      }
    } else if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      links.push({ url: node.url, line: lineOf(node) });
    } else if (node.type === 'mdxjsEsm') {
      esm.push(lineOf(node));
    }
  });
  // The body's outline, for the sections issues give their cards (item-sections.ts), from
  // this one parse: a build reads every body for both.
  const outline: OutlineEntry[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') outline.push({ heading: toString(node).trim() });
    else if (node.type === 'mdxJsxFlowElement' && node.name === 'Item') {
      const ref = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'ref')?.value;
      if (typeof ref === 'string') outline.push({ item: ref });
    }
  }
  return { ok: true, tags, links, esm, outline };
}
