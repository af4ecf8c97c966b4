// Turns recorded results into tables and a chart, in either language. The CLI
// prints the same tables the site shows, so a reader can compare line for line.
import type { Lang } from '#lib/i18n/locales.ts';
import { useTranslations } from '#lib/i18n/translate.ts';
import type { CloseMode, ModeResult } from '#lib/schemas/demo-mode-result.ts';
import type { DemoResults } from '#lib/schemas/demo-results.ts';

export interface ResultTable {
  caption: string;
  head: string[];
  rows: string[][];
}

export interface ResultChart {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Array<{ key: string; label: string; points: Array<[number, number]> }>;
  /** The chart's data as a sentence, in the page's language, for readers who cannot see it. */
  summary: string;
}

export interface Presentation {
  tables: ResultTable[];
  chart: ResultChart | null;
}

export function presentResults(results: DemoResults, lang: Lang): Presentation {
  const t = useTranslations(lang);
  if (results.demo === 'ipvs-schedulers') {
    const yesNo = (value: boolean) => (value ? t('demo.yes') : t('demo.no'));
    return {
      tables: [
        {
          caption: t('demo.caption.ipvs', { source: results.configSource ?? t('demo.unknown'), ipvs: results.ipvs ?? t('demo.unknown') }),
          head: [t('demo.col.scheduler'), t('demo.col.formerlyAllowed'), t('demo.col.config'), t('demo.col.module'), t('demo.col.loaded'), t('demo.col.available')],
          rows: results.schedulers.map((scheduler) => [
            scheduler.name,
            yesNo(scheduler.formerlyAllowed),
            scheduler.config ?? t('demo.unknown'),
            yesNo(scheduler.moduleFile),
            yesNo(scheduler.loaded),
            yesNo(scheduler.available),
          ]),
        },
      ],
      chart: null,
    };
  }
  const tracked = results.demo === 'conntrack';
  const last = (mode: ModeResult) => mode.samples.at(-1)!;
  const seconds = Math.round(Math.max(...results.modes.map((mode) => last(mode).t)));
  const total = (counts: Record<string, number> | null) => (counts === null ? null : Object.values(counts).reduce((sum, count) => sum + count, 0));
  const describe = (counts: Record<string, number> | null, skip?: string) => {
    if (counts === null) return t('demo.notTracked');
    const entries = Object.entries(counts).filter(([state, count]) => state !== skip && count > 0);
    return entries.length === 0 ? (skip ? t('demo.none') : '0') : entries.map(([state, count]) => `${state} ${count}`).join(', ');
  };
  const modeLabel = (mode: CloseMode) => t(`demo.mode.${mode}`);
  const head = [
    t('demo.col.mode'),
    t('demo.col.probes'),
    t('demo.col.timeWaitNow'),
    t('demo.col.timeWaitLater', { seconds }),
    t('demo.col.otherStates'),
    t('demo.col.ports'),
    t('demo.col.conntrack'),
    ...(tracked ? [t('demo.col.conntrackLater', { seconds })] : []),
    t('demo.col.closeMs'),
    t('demo.col.elapsed'),
  ];
  const rows = results.modes.map((mode) => {
    const first = mode.samples[0]!;
    return [
      modeLabel(mode.mode),
      `${mode.completed}/${results.connections}`,
      String(first.client.TIME_WAIT ?? 0),
      String(last(mode).client.TIME_WAIT ?? 0),
      describe(first.client, 'TIME_WAIT'),
      String(first.ephemeralPorts),
      describe(first.conntrack),
      ...(tracked ? [describe(last(mode).conntrack)] : []),
      mode.meanCloseMs.toFixed(2),
      (mode.elapsedMs / 1000).toFixed(1),
    ];
  });
  const series = results.modes.map((mode) => ({
    key: mode.mode,
    label: modeLabel(mode.mode),
    points: mode.samples.map((sample): [number, number] => [sample.t, tracked ? (total(sample.conntrack) ?? 0) : (sample.client.TIME_WAIT ?? 0)]),
  }));
  const pointList = (points: Array<[number, number]>) => points.map(([time, value]) => t('demo.chart.point', { value, seconds: time })).join(lang === 'zh' ? '，' : ', ');
  return {
    tables: [{ caption: t('demo.caption.sockets', { connections: results.connections }), head, rows }],
    chart: {
      title: tracked ? t('demo.chart.conntrackTitle') : t('demo.chart.title'),
      xLabel: t('demo.chart.x'),
      yLabel: t('demo.chart.y'),
      series,
      summary: series.map((line) => t('demo.chart.series', { label: line.label, points: pointList(line.points) })).join(lang === 'zh' ? '；' : '; '),
    },
  };
}
