import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '#lib/knowledge/build-knowledge.ts';
import { releaseCadence } from '#lib/knowledge/site-indexes.ts';
import { labelTopics } from '#lib/upstream/labels.ts';
import { loadRecords } from '#lib/upstream/load-records.ts';

const { records } = await loadRecords('tests/fixtures/records/upstream');
const ISSUE = { slug: '2023-01-30', number: 1, items: [...records.keys()], topics: ['networking', 'kubelet'] };

describe('buildKnowledge on the first issue’s records', () => {
  const knowledge = buildKnowledge(records, [ISSUE], [{ name: 'so-linger', checks: ['kubernetes/kubernetes#115143', 'kubernetes/kubernetes#115321'] }]);

  it('links #115321 and #115143 both ways through the references in their bodies', () => {
    expect(knowledge.related.get('kubernetes/kubernetes#115321')!.mentions).toEqual(['kubernetes/kubernetes#115143']);
    expect(knowledge.related.get('kubernetes/kubernetes#115143')!.mentionedBy).toEqual(['kubernetes/kubernetes#115321']);
  });

  it('records which issues covered each change and which demos exercise it', () => {
    for (const ref of records.keys()) expect(knowledge.coveredBy.get(ref)).toEqual(['2023-01-30']);
    expect(knowledge.demosFor.get('kubernetes/kubernetes#115321')).toEqual(['so-linger']);
  });

  it('groups the records by project, newest first', () => {
    expect([...knowledge.projects.keys()].sort()).toEqual(['cilium/cilium', 'knative/serving', 'kubernetes/kubernetes', 'kyma-project/kyma', 'moby/moby']);
    expect(knowledge.projects.get('kubernetes/kubernetes')!.records).toEqual([
      'kubernetes/kubernetes#115321',
      'kubernetes/kubernetes#115143',
      'kubernetes/kubernetes#114878',
      'kubernetes/kubernetes#114814',
      'kubernetes/kubernetes#114886',
    ]);
  });

  it('lists issues and changes per topic, from frontmatter and from labels', () => {
    expect(knowledge.topics.get('kubelet')).toEqual({ issues: ['2023-01-30'], changes: [] });
    expect(knowledge.topics.get('networking')!.changes).toContain('kubernetes/kubernetes#114814');
    expect(knowledge.topics.get('releases')!.changes).toHaveLength(4);
  });

  it('puts an issue on the topics of the changes it covers, which its frontmatter need not name', () => {
    const quiet = { slug: '2023-02-06', number: 2, items: [], topics: ['kubelet'] };
    const withQuiet = buildKnowledge(records, [ISSUE, quiet], []);
    // #115143 carries sig/node; the first issue covers it but names only networking and kubelet.
    expect(withQuiet.topics.get('node')!.issues).toEqual(['2023-01-30']);
    expect(withQuiet.topics.get('releases')!.issues).toEqual(['2023-01-30']);
    expect(withQuiet.topics.get('kubelet')!.issues).toEqual(['2023-02-06', '2023-01-30']);
  });
});

describe('buildKnowledge on odd records', () => {
  it('never lists a change as mentioning, or mentioned by, itself', () => {
    const self = { ...records.get('kubernetes/kubernetes#115321')!, references: ['kubernetes/kubernetes#115321', 'kubernetes/kubernetes#115143'] } as never;
    const knowledge = buildKnowledge(new Map([...records, ['kubernetes/kubernetes#115321', self]]), [], []);
    expect(knowledge.related.get('kubernetes/kubernetes#115321')).toMatchObject({ mentions: ['kubernetes/kubernetes#115143'], mentionedBy: [] });
  });

  it('relates pull requests that touched the same file', () => {
    const a = records.get('kubernetes/kubernetes#114814')!;
    const copy = { ...a, ref: 'kubernetes/kubernetes#1', number: 1, references: [], labels: ['kind/cleanup'] } as never;
    const knowledge = buildKnowledge(new Map([...records, ['kubernetes/kubernetes#1', copy]]), [], []);
    expect(knowledge.related.get('kubernetes/kubernetes#1')!.sameFiles).toEqual(['kubernetes/kubernetes#114814']);
  });
});

describe('helpers', () => {
  it('derives topics from labels, renaming where editors use another word', () => {
    expect(labelTopics(['sig/network', 'sig/node', 'area/ipvs', 'kind/bug', 'sig/cli'])).toEqual(['kube-proxy', 'kubectl', 'networking', 'node']);
  });

  it('counts releases per month, filling empty months', () => {
    const release = (publishedAt: string) => ({ type: 'release', publishedAt }) as never;
    expect(releaseCadence([release('2023-01-05T00:00:00Z'), release('2023-01-20T00:00:00Z'), release('2023-03-01T00:00:00Z')])).toEqual([
      ['2023-01', 2],
      ['2023-02', 0],
      ['2023-03', 1],
    ]);
  });
});
