import { classifyLabels } from '../upstream/classify-labels.ts';

// SIGs and areas whose topic slug differs from the label, so label-derived topics
// meet the words editors use in issue frontmatter (`sig/network` → networking).
const SIG_TOPICS: Record<string, string> = { network: 'networking', cli: 'kubectl' };
const AREA_TOPICS: Record<string, string> = { 'kube-proxy': 'kube-proxy', kubelet: 'kubelet', kubectl: 'kubectl', ipvs: 'kube-proxy' };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Topics a record belongs to by its labels: each SIG (renamed where editors use another word) and known areas. */
export function labelTopics(labels: readonly string[]): string[] {
  const groups = classifyLabels(labels);
  const topics = [...groups.sig.map((sig) => SIG_TOPICS[sig] ?? sig), ...groups.area.flatMap((area) => (AREA_TOPICS[area] ? [AREA_TOPICS[area]] : []))];
  return [...new Set(topics.filter((topic) => SLUG.test(topic)))].sort();
}

/** Every topic the site has a page for: issue topics, label topics, and `releases` when there is a release. */
export function knownTopics(records: Iterable<{ type: string; labels?: readonly string[] }>, issueTopics: Iterable<readonly string[]>): string[] {
  const topics = new Set<string>([...issueTopics].flat());
  for (const record of records) {
    if (record.type === 'pull') for (const topic of labelTopics(record.labels ?? [])) topics.add(topic);
    else topics.add('releases');
  }
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
