// `npm run draft -- --add REF …`: adds items to an issue that already exists, in
// each language it is written in, and changes nothing else in the file. The refs are
// appended to the frontmatter `items`, and each item's heading, `<Item>` card and
// `<Placeholder>` go at the end of its section (a missing section is created in the
// usual order), so every word of the commentary stays as the editor wrote it.
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isMap, isSeq, LineCounter, parseDocument, stringify } from 'yaml';
import { validateIssueFile } from '#lib/content/validate-issue-file.ts';
import type { IssueFile } from '#lib/content/load-issue-files.ts';
import { parseMdx } from '#lib/content/parse-mdx.ts';
import type { Lang } from '#lib/i18n/locales.ts';
import { useTranslations } from '#lib/i18n/translate.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { DraftError } from './draft-error.ts';
import { itemBlock, sectionHeading, serialise, type DraftElement } from './render-draft.ts';
import { inDraftOrder, scoreItem, SECTIONS, type Scored, type Section } from './score-item.ts';
import { FENCE } from '#lib/content/frontmatter.ts';

/** Where the added items went in one file. */
export interface AddedTo {
  /** Sections that received items, and whether each had to be created. */
  sections: Array<{ section: Section; created: boolean; refs: string[] }>;
}

/** The issue file's text with `records` added; throws a DraftError when the file's shape leaves no safe place. */
export function addItems(file: IssueFile, records: readonly UpstreamRecord[], lang: Lang): { text: string; added: AddedTo } {
  const fence = FENCE.exec(file.text);
  if (!fence || !file.frontmatter) throw new DraftError(`${file.file}: no frontmatter to add items to`);
  const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
  const items = [...records].map(scoreItem).sort(inDraftOrder);

  // 1. The body: one insertion per place, later places first so earlier offsets stay right.
  const bodyStart = fence[0].length;
  const body = file.text.slice(bodyStart);
  const places = planBody(body, items, lang, file.frontmatter.from);
  let text = file.text;
  for (const place of [...places].sort((a, b) => b.offset - a.offset)) {
    const offset = bodyStart + place.offset;
    const before = text.slice(0, offset);
    const lead = before.length === bodyStart || before.endsWith(`${eol}${eol}`) ? '' : before.endsWith(eol) ? eol : `${eol}${eol}`;
    const atEnd = offset === text.length;
    text = `${before}${lead}${place.text.replaceAll('\n', eol)}${atEnd ? '' : eol}${text.slice(offset)}`;
  }

  // 2. The frontmatter: the refs appended to `items`, in the style the list is written in.
  text = appendItems(text, fence[1]!, fence[0].indexOf(fence[1]!), items.map((item) => item.record.ref), eol, file.file);

  // 3. The result must read as the same issue plus the new items, or nothing is written.
  const { frontmatter, problems } = validateIssueFile(file.file, text);
  const expected = [...file.frontmatter.items, ...items.map((item) => item.record.ref)];
  if (!frontmatter || problems.length > 0 || JSON.stringify(frontmatter.items) !== JSON.stringify(expected)) {
    throw new DraftError(`${file.file}: could not add the items safely (${problems[0]?.message ?? 'the items list did not read back'}); nothing was written`);
  }
  parseMdx(text.slice(FENCE.exec(text)![0].length));
  return { text, added: { sections: places.flatMap((place) => place.sections) } };
}

interface Place {
  offset: number;
  text: string;
  sections: AddedTo['sections'];
}

/** Where each section's new items go in the body, and the MDX for them. */
function planBody(body: string, items: readonly Scored[], lang: Lang, from: string): Place[] {
  const t = useTranslations(lang);
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    throw new DraftError(`the body does not parse as MDX (${(error as Error).message}); fix it, then add again`);
  }
  const headings = tree.children
    .filter((node): node is Heading => node.type === 'heading' && node.depth === 2)
    .map((node) => ({ text: toString(node).trim(), start: node.position!.start.offset! }));
  const sectionAt = new Map<Section, number>();
  for (const section of SECTIONS) {
    // An editor may lengthen a heading ("Other news"): a heading that starts with the section's name is that section.
    const name = t(`draft.section.${section}`).toLowerCase();
    const index = headings.findIndex((heading) => heading.text.toLowerCase().startsWith(name));
    if (index >= 0) sectionAt.set(section, index);
  }
  const places = new Map<number, Place>();
  for (const section of SECTIONS) {
    const chosen = items.filter((item) => item.section === section);
    if (chosen.length === 0) continue;
    const index = sectionAt.get(section);
    let offset: number;
    const nodes = [];
    const elements: DraftElement[] = [];
    if (index !== undefined) {
      // The end of the section: where the next level-2 heading starts, or the end of the file.
      offset = headings[index + 1]?.start ?? body.length;
    } else {
      // A new section goes before the first later section there is, or at the end.
      const later = SECTIONS.slice(SECTIONS.indexOf(section) + 1).map((other) => sectionAt.get(other)).find((at) => at !== undefined);
      offset = later !== undefined ? headings[later]!.start : body.length;
      nodes.push(sectionHeading(section, lang));
    }
    for (const item of chosen) {
      const block = itemBlock(item.record, lang, from);
      nodes.push(...block.nodes);
      elements.push(...block.elements);
    }
    const place = places.get(offset) ?? { offset, text: '', sections: [] };
    place.text += (place.text ? '\n' : '') + serialise(nodes, elements);
    place.sections.push({ section, created: index === undefined, refs: chosen.map((item) => item.record.ref) });
    places.set(offset, place);
  }
  return [...places.values()];
}

/** Appends refs to the frontmatter's `items` list, touching no other byte of the file. */
function appendItems(text: string, yaml: string, yamlStart: number, refs: readonly string[], eol: string, file: string): string {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  const list = isMap(doc.contents) ? doc.contents.get('items', true) : undefined;
  if (!isSeq(list) || !list.range) throw new DraftError(`${file}: the frontmatter has no items list to add to`);
  const scalar = (ref: string) => stringify(ref, { lineWidth: 0 }).trimEnd();
  if (list.flow) {
    // `items: [a, b]`: before the closing bracket.
    const close = yamlStart + yaml.lastIndexOf(']', list.range[1] - 1);
    const separator = list.items.length > 0 ? ', ' : '';
    return `${text.slice(0, close)}${separator}${refs.map(scalar).join(', ')}${text.slice(close)}`;
  }
  // A block list: after the line of the last item, with the same indentation and dash.
  const last = list.items.at(-1) as { range?: [number, number, number] } | undefined;
  if (!last?.range) throw new DraftError(`${file}: the frontmatter's items list has an unexpected shape; add the items by hand`);
  const lineStart = yaml.lastIndexOf('\n', last.range[0] - 1) + 1;
  const prefix = yaml.slice(lineStart, last.range[0]);
  if (!/^\s*-\s+$/.test(prefix)) throw new DraftError(`${file}: the frontmatter's items list has an unexpected shape; add the items by hand`);
  const lineEnd = yaml.indexOf('\n', last.range[1]);
  const at = yamlStart + (lineEnd === -1 ? yaml.length : lineEnd);
  const cut = text[at - 1] === '\r' ? at - 1 : at;
  return `${text.slice(0, cut)}${refs.map((ref) => `${eol}${prefix}${scalar(ref)}`).join('')}${text.slice(cut)}`;
}
