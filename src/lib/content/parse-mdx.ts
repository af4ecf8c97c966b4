import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** Parses MDX (with GFM) into a syntax tree the way the site's MDX compiler reads it; throws on a syntax error. */
export function parseMdx(text: string): Root {
  return parser.parse(text) as Root;
}
