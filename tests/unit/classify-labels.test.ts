import { expect, it } from 'vitest';
import { classifyLabels } from '#lib/upstream/classify-labels.ts';

it('groups prow labels into kind, sig, area and priority', () => {
  expect(
    classifyLabels(['kind/bug', 'sig/network', 'area/ipvs', 'area/kube-proxy', 'priority/important-soon', 'release-note', 'lgtm']),
  ).toEqual({
    kind: ['bug'],
    sig: ['network'],
    area: ['ipvs', 'kube-proxy'],
    priority: 'important-soon',
    other: ['release-note', 'lgtm'],
  });
});

it('keeps the first priority when several are set', () => {
  expect(classifyLabels(['priority/backlog', 'priority/critical-urgent']).priority).toBe('backlog');
});
