import type { PhrasingContent, RootContent } from 'mdast';
import { heading, link, list, paragraph, serialiseMarkdown, text } from './markdown-nodes.ts';
import type { ChangeEntry, Changelog, ReleaseEntry } from './build-changelog.ts';
import { sigName } from '#lib/upstream/sig-name.ts';
import { noteToInline } from './note-to-inline.ts';
import { dayOf } from '#lib/days.ts';

/** The changelog as JSON: the same data the Markdown is drawn from, two-space indented. */
export function renderChangelogJson(changelog: Changelog): string {
  return `${JSON.stringify(changelog, null, 2)}\n`;
}

/**
 * The changelog as Markdown, one list line per change, in the style of the
 * Kubernetes release notes. Built as a syntax tree, so titles are escaped.
 */
export function renderChangelogMarkdown(changelog: Changelog): string {
  const fullRefs = changelog.repos.length > 1;
  const children: RootContent[] = [
    heading(1, `Changelog: ${changelog.repos.join(', ')}`),
    paragraph([text(`Merged or published from ${changelog.since} to ${changelog.until} (UTC).`)]),
  ];
  if (changelog.groups.length === 0 && !changelog.withoutNotes?.length && changelog.releases.length === 0) {
    children.push(paragraph([text('Nothing in this window. Gather it first: npm run gather.')]));
  }
  if (changelog.groups.length > 0) {
    children.push(heading(2, `Changes by ${{ kind: 'Kind', sig: 'SIG', repo: 'Repository' }[changelog.group]}`));
    for (const group of changelog.groups) {
      children.push(heading(3, group.title), list(group.changes.map((change) => changeLine(change, noteToInline(change.note!), fullRefs))));
    }
  }
  if (changelog.withoutNotes && changelog.withoutNotes.length > 0) {
    children.push(heading(2, 'Without a release note'), list(changelog.withoutNotes.map((change) => changeLine(change, [text(change.title)], fullRefs))));
  }
  if (changelog.releases.length > 0) {
    children.push(heading(2, 'Releases'), list(changelog.releases.map(releaseLine)));
  }
  return serialiseMarkdown(children);
}

function changeLine(change: ChangeEntry, what: PhrasingContent[], fullRefs: boolean): PhrasingContent[] {
  const line: PhrasingContent[] = [...what, text(' ('), link(change.url, fullRefs ? change.ref : `#${change.number}`)];
  if (change.author) line.push(text(', '), link(`https://github.com/${change.author}`, `@${change.author}`));
  line.push(text(')'));
  if (change.sigs.length > 0) line.push(text(` [${sigList(change.sigs)}]`));
  return line;
}

function releaseLine(release: ReleaseEntry): PhrasingContent[] {
  const line: PhrasingContent[] = [link(release.url, `${release.repo} ${release.tag}`)];
  if (release.title && release.title !== release.tag) line.push(text(`: ${release.title}`));
  line.push(text(`${release.prerelease ? ' (pre-release)' : ''}, published ${dayOf(release.publishedAt)}`));
  if (release.author) line.push(text(' by '), link(`https://github.com/${release.author}`, `@${release.author}`));
  return line;
}

/** `SIG Apps, Network and Testing`, as the Kubernetes notes write it. */
function sigList(sigs: string[]): string {
  const names = sigs.map(sigName);
  return `SIG ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]}`;
}
