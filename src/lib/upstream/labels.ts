// The topic vocabulary: which topic slugs exist, and how prow labels (`sig/…`,
// `area/…`) map onto them. Drafts suggest topics from here, the knowledge pages
// file changes under them, and `npm run check` refuses any other slug in an issue.
import type { UpstreamRecord } from '#lib/schemas/upstream-record.ts';
import { classifyLabels } from './classify-labels.ts';

/**
 * Every topic an issue may name, and so every topic page the site can have. Add a
 * slug here (and its name in each language's UI dictionary) to open a new topic.
 */
export const TOPICS = [
  // Kubernetes SIGs, under the word editors use for each.
  'api-machinery',
  'apps',
  'architecture',
  'auth',
  'autoscaling',
  'cloud-provider',
  'cluster-lifecycle',
  'contributor-experience',
  'docs',
  'etcd',
  'instrumentation',
  'k8s-infra',
  'kubectl',
  'multicluster',
  'networking',
  'node',
  'release-engineering',
  'scalability',
  'scheduling',
  'security',
  'storage',
  'testing',
  'windows',
  // Components with a page of their own.
  'kube-proxy',
  'kubelet',
  // Every release record.
  'releases',
] as const;

export type Topic = (typeof TOPICS)[number];

const KNOWN = new Set<string>(TOPICS);

/** Whether `slug` is in the vocabulary. */
export function isTopic(slug: string): slug is Topic {
  return KNOWN.has(slug);
}

/**
 * `sig/…` labels whose topic is not the SIG's own name; every other SIG in TOPICS maps
 * to itself. SIG Release becomes `release-engineering`, so it is never confused with `releases`.
 */
const SIG_TOPICS: Readonly<Record<string, Topic>> = { network: 'networking', cli: 'kubectl', release: 'release-engineering' };

/** `area/…` labels that place a change under a topic; other areas place it nowhere. */
const AREA_TOPICS: Readonly<Record<string, Topic>> = { 'kube-proxy': 'kube-proxy', ipvs: 'kube-proxy', kubelet: 'kubelet', kubectl: 'kubectl' };

/** The topic of one SIG (`network` → `networking`), or null for a SIG outside the vocabulary. */
export function sigTopic(sig: string): Topic | null {
  const topic = SIG_TOPICS[sig] ?? sig;
  return isTopic(topic) ? topic : null;
}

/** Topics of a pull request by its labels: its SIGs' and known areas', sorted, each once. */
export function labelTopics(labels: readonly string[]): Topic[] {
  const groups = classifyLabels(labels);
  const topics = [...groups.sig.map(sigTopic), ...groups.area.map((area) => AREA_TOPICS[area] ?? null)];
  return [...new Set(topics.filter((topic): topic is Topic => topic !== null))].sort();
}

/** The topics a change is filed under: a pull request's label topics; `releases` for a release. */
export function changeTopics(record: Pick<UpstreamRecord, 'type'> & { labels?: readonly string[] }): Topic[] {
  return record.type === 'pull' ? labelTopics(record.labels ?? []) : ['releases'];
}
