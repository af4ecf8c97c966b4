// Small transforms that make the site's issue HTML stand alone in an editor or mail client
// that keeps only inline styles and collapses whitespace.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

const classesOf = (node: Element) => [node.properties.className ?? []].flat().map(String);
export const hasClass = (node: Element, name: string) => classesOf(node).includes(name);

// Containers the WeChat editor rewrites or drops become plain sections; their classes stay
// for the channel stylesheet, and go once it is inlined.
const AS_SECTION = new Set(['article', 'aside', 'header', 'footer', 'nav', 'div', 'dl', 'details', 'figure']);
const AS_SPAN = new Set(['dt', 'dd', 'time']);

/**
 * Drops what only the site needs (heading anchors, hidden labels), opens `<details>`, and keeps
 * line breaks and code indentation as elements and no-break spaces (`codeWhitespace`: not for plain text).
 */
export function portableTree(tree: Root, { codeWhitespace = true } = {}): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (parent === undefined || index === undefined) return;
    const headingAnchor = node.tagName === 'a' && node.properties.ariaHidden === 'true';
    if (headingAnchor || hasClass(node, 'visually-hidden') || node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'link') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.tagName === 'pre') {
      if (codeWhitespace) keepCodeWhitespace(node);
      return SKIP;
    }
    if (hasClass(node, 'card-note')) visit(node, 'text', (_text, at, holder) => splitLines(holder as Element, at!));
    if (AS_SECTION.has(node.tagName)) node.tagName = 'section';
    else if (AS_SPAN.has(node.tagName)) node.tagName = 'span';
    else if (node.tagName === 'summary') node.tagName = 'p';
  });
}

/** Replaces `\n` in the text node at `at` by `<br>`; returns where to go on. */
function splitLines(holder: Element | Root, at: number) {
  const text = holder.children[at];
  if (text?.type !== 'text' || !text.value.includes('\n')) return;
  const parts = withBreaks(text.value);
  holder.children.splice(at, 1, ...(parts as never[]));
  return at + parts.length;
}

/** `a\nb` as text, `<br>`, text, leaving out empty text. */
function withBreaks(value: string): ElementContent[] {
  return value.split('\n').flatMap((line, index): ElementContent[] => [...(index > 0 ? [h('br')] : []), ...(line ? [{ type: 'text' as const, value: line }] : [])]);
}

/**
 * Shiki's lines are spans separated by newlines: each newline becomes `<br>`, and every space
 * and tab a no-break space (a tab four), so pasting cannot collapse indentation or join lines.
 */
function keepCodeWhitespace(pre: Element): void {
  visit(pre, 'text', (text, index, parent) => {
    if (parent === undefined || index === undefined) return;
    const parts = withBreaks(text.value.replace(/\t/g, '    ').replace(/ /g, '\u00a0'));
    parent.children.splice(index, 1, ...(parts as never[]));
    return [SKIP, index + parts.length];
  });
}

const DROPPED_ATTRIBUTES = /^(className|id|tabIndex|rel|cite|dateTime|aria[A-Z].*|data[A-Z].*)$/;

/** After inlining: no class, id, data or ARIA attribute, and no custom property in a style (neither survives pasting). */
export function stripSiteAttributes(tree: Root): void {
  visit(tree, 'element', (node: Element) => {
    for (const name of Object.keys(node.properties)) {
      if (DROPPED_ATTRIBUTES.test(name)) delete node.properties[name];
    }
    const style = node.properties.style;
    if (typeof style === 'string') {
      const kept = style.split(';').map((part) => part.trim()).filter((part) => part && !part.startsWith('--'));
      if (kept.length > 0) node.properties.style = kept.join(';');
      else delete node.properties.style;
    }
  });
}
