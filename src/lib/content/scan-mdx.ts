import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
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

export type MdxScan =
  | { ok: true; tags: JsxTag[]; links: LinkUse[] }
  | { ok: false; line: number; message: string };


/**
 * Parses an MDX body the way the MDX compiler does and lists the components and
 * links it uses. Tags inside code blocks and comments are not tags, and a parse
 * error is returned with its line instead of thrown.
 */
export function scanMdx(body: string, lineOffset = 0): MdxScan {
  const scan = remember(SCANS, body, () => scanAt(body));
  if (!scan.ok) return { ...scan, line: scan.line + lineOffset };
  if (lineOffset === 0) return scan;
  return { ok: true, tags: scan.tags.map((tag) => ({ ...tag, line: tag.line + lineOffset })), links: scan.links.map((link) => ({ ...link, line: link.line + lineOffset })) };
}

// `npm run check` looks at each body from several angles (items, placeholders,
// demos, links, the other language), and parsing MDX is what costs.
const SCANS = new Map<string, MdxScan>();

function scanAt(body: string, lineOffset = 0): MdxScan {
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const place = (error as { line?: number }).line;
    return { ok: false, line: (place ?? 1) + lineOffset, message: (error as Error).message.split('\n')[0]! };
  }
  const tags: JsxTag[] = [];
  const links: LinkUse[] = [];
  const lineOf = (node: { position?: { start: { line: number } } }) => (node.position?.start.line ?? 1) + lineOffset;
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
    }
  });
  return { ok: true, tags, links };
}
