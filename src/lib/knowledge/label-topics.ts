import { changeTopics } from '#lib/upstream/labels.ts';

/** Every topic the site has a page for: issue topics, and the topics of every change. */
export function knownTopics(records: Iterable<{ type: string; labels?: readonly string[] }>, issueTopics: Iterable<readonly string[]>): string[] {
  const topics = new Set<string>([...issueTopics].flat());
  for (const record of records) for (const topic of changeTopics({ type: record.type === 'pull' ? 'pull' : 'release', labels: record.labels })) topics.add(topic);
  return [...topics].sort();
}

/** Every year a change is dated in, for the year pages of the changes index. */
export function changeYears(records: Iterable<{ type: string; mergedAt?: string | null; createdAt?: string; publishedAt?: string }>): string[] {
  const years = new Set<string>();
  for (const record of records) {
    const when = record.type === 'pull' ? (record.mergedAt ?? record.createdAt) : record.publishedAt;
    if (when) years.add(when.slice(0, 4));
  }
  return [...years].sort();
}
