// Turns the chosen records into one issue file per language. The body is built as
// an MDX syntax tree and serialised by mdast-util-to-markdown, so upstream titles
// land as escaped text: `{`, `<`, `*` and friends come out as literal characters.
import type { Heading, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown, type MdxJsxFlowElement } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { Lang } from '#lib/i18n/locales.ts';
import { useTranslations } from '#lib/i18n/translate.ts';
import { PLACEHOLDER } from '#lib/content/find-placeholders.ts';
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { changeTopics } from '#lib/upstream/labels.ts';
import { assertDraftMdx } from './assert-draft-mdx.ts';
import { ESM_LOOKALIKES, literalText } from './literal-text.ts';
import { recordDay } from '#lib/upstream/refs.ts';
import { SECTIONS, type Scored, type Section } from './score-item.ts';

export interface DraftInput {
  number: number;
  date: string;
  from: string;
  to: string;
  /** Chosen items, already in display order. */
  items: readonly Scored[];
}


export function renderDraft(input: DraftInput, lang: Lang): string {
  const t = useTranslations(lang);
  const frontmatter = {
    title: t('draft.title', { number: input.number }),
    number: input.number,
    date: input.date,
    from: input.from,
    to: input.to,
    summary: t('draft.summary'),
    topics: suggestTopics(input.items.map((item) => item.record)),
    items: input.items.map((item) => item.record.ref),
    draft: true,
  };
  const count = input.items.length;
  const intro = { name: PLACEHOLDER, attributes: { for: 'intro' } };
  const children: RootContent[] = [comment(t(count === 1 ? 'draft.noteOne' : 'draft.note', { count, from: input.from, to: input.to })), jsx(intro)];
  const elements: DraftElement[] = [intro];
  for (const section of SECTIONS) {
    const items = input.items.filter((item) => item.section === section);
    if (items.length === 0) continue;
    children.push(sectionHeading(section, lang));
    for (const { record } of items) {
      const block = itemBlock(record, lang, input.from);
      children.push(...block.nodes);
      elements.push(...block.elements);
    }
  }
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${serialise(children, elements)}`;
}

/** An element the draft places: `<Item ref>` or `<Placeholder for>`. */
export interface DraftElement {
  name: string;
  attributes: Record<string, string>;
}

/** The level-2 heading of a section, in `lang`. */
export function sectionHeading(section: Section, lang: Lang): Heading {
  return heading(2, useTranslations(lang)(`draft.section.${section}`));
}

/**
 * One item of a draft: its heading (the upstream title, as literal text), a note when it
 * is late (dated before `from`), its `<Item>` card and the `<Placeholder>` for commentary.
 */
export function itemBlock(record: UpstreamRecord, lang: Lang, from: string): { nodes: RootContent[]; elements: DraftElement[] } {
  const t = useTranslations(lang);
  const title: Heading = { type: 'heading', depth: 3, children: literalText(headingText(record)) };
  const card = { name: 'Item', attributes: { ref: record.ref } };
  const placeholder = { name: PLACEHOLDER, attributes: { for: record.ref } };
  const day = recordDay(record);
  const late = day < from ? [comment(t(`draft.late.${record.type}`, { day }))] : [];
  return { nodes: [title, ...late, jsx(card), jsx(placeholder)], elements: [card, placeholder] };
}

/** MDX text of `children`, checked to hold exactly `elements` and nothing executable. */
export function serialise(children: RootContent[], elements: readonly DraftElement[]): string {
  const body = toMarkdown({ type: 'root', children } satisfies Root, {
    extensions: [gfmToMarkdown(), mdxToMarkdown(), { unsafe: ESM_LOOKALIKES }],
  });
  assertDraftMdx(body, elements);
  return body;
}

function comment(text: string): RootContent {
  return { type: 'mdxFlowExpression', value: `/* ${text.replaceAll('*/', '* /')} */` };
}

function headingText(record: UpstreamRecord): string {
  return record.type === 'pull' ? record.title : `${record.repo} ${record.title || record.tag}`;
}

function heading(depth: Heading['depth'], value: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value }] };
}

function jsx(element: DraftElement): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: element.name,
    // The serialiser escapes quotes but not `&`, which MDX would read as the start of
    // a character reference: write it as one, so a tag like `v1&amp;` reads back intact.
    attributes: Object.entries(element.attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value: value.replaceAll('&', '&#x26;') })),
    children: [],
  };
}

/** Topic suggestions, the same the topic pages file these changes under: most frequent first, `releases` last. */
function suggestTopics(records: readonly UpstreamRecord[]): string[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    if (record.type !== 'pull') continue;
    for (const topic of changeTopics(record)) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  const topics = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([topic]) => topic);
  if (records.some((record) => record.type === 'release')) topics.push('releases');
  return topics;
}
