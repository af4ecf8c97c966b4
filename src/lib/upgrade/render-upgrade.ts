// `npm run changelog -- --from-version A --to-version B` as Markdown or JSON. Built as a
// syntax tree like the window changelog, so upstream titles and notes are escaped.
import type { PhrasingContent, RootContent } from 'mdast';
import { heading, link, list, paragraph, serialiseMarkdown, text } from '#lib/changelog/markdown-nodes.ts';
import { noteToInline } from '#lib/changelog/note-to-inline.ts';
import { plural } from '#lib/cli/plural.ts';
import { dayOf } from '#lib/days.ts';
import { refHandle, refRepo } from '#lib/upstream/refs.ts';
import { sigName } from '#lib/upstream/sig-name.ts';
import type { Upgrade, UpgradeEntry } from './build-upgrade.ts';
import type { UpgradeGroup } from './upgrade-group.ts';

/** Group headings in the command's output, which is English like the rest of the changelog. */
export const GROUP_TITLES: Record<UpgradeGroup, string> = {
  'action-required': 'Action required',
  deprecation: 'Deprecations',
  'api-change': 'API changes',
  feature: 'Features',
  bug: 'Bug fixes',
  release: 'Releases',
  other: 'Other',
};

export function renderUpgradeJson(upgrade: Upgrade): string {
  return `${JSON.stringify(upgrade, null, 2)}\n`;
}

export function renderUpgradeMarkdown(upgrade: Upgrade): string {
  const range = upgrade.from ? `${upgrade.from} → ${upgrade.to}` : `up to ${upgrade.to}`;
  const children: RootContent[] = [
    heading(1, `Upgrade: ${upgrade.repo} ${range}`),
    paragraph([
      text(
        `${upgrade.from ? `After ${upgrade.from}, up to and including ${upgrade.to}` : `Up to and including ${upgrade.to}`}: ` +
          `${plural(upgrade.count, 'change')} in ${plural(upgrade.versions.length, 'version')} (${upgrade.versions.join(', ')}).`,
      ),
    ]),
  ];
  for (const group of upgrade.groups) {
    children.push(heading(2, `${GROUP_TITLES[group.key]} (${group.entries.length})`), list(group.entries.map(entryLine)));
  }
  if (upgrade.unassigned > 0) {
    children.push(paragraph([text(`Not in any version: ${plural(upgrade.unassigned, 'record')} of ${upgrade.repo} name no version (no milestone, or a tag that is not one).`)]));
  }
  return serialiseMarkdown(children);
}

function entryLine(entry: UpgradeEntry): PhrasingContent[] {
  const handle = refHandle(entry.ref);
  const line: PhrasingContent[] =
    entry.type === 'pull'
      ? [...(entry.note ? noteToInline(entry.note) : [text(entry.title)]), text(' ('), link(entry.url, handle)]
      : [link(entry.url, `${refRepo(entry.ref)} ${handle}`), text(entry.title && entry.title !== handle ? `: ${entry.title} (` : ' (')];
  if (entry.type === 'release') line.push(text(`published ${entry.date ? dayOf(entry.date) : 'unknown'}`));
  if (entry.author) line.push(text(', '), link(`https://github.com/${entry.author}`, `@${entry.author}`));
  line.push(text(')'));
  if (entry.sigs.length > 0) line.push(text(` [SIG ${entry.sigs.map(sigName).join(', ')}]`));
  line.push(text(` · ${entry.version}`));
  if (entry.coveredBy.length > 0) line.push(text(` · covered in ${entry.coveredBy.map((issue) => `issue ${issue.number} (${issue.date})`).join(', ')}`));
  return line;
}
