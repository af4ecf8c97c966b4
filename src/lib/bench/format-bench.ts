import type { OutputStats } from './measure-output.ts';
import type { BenchResult } from './run-bench.ts';
import stringWidth from 'string-width';
import { padToWidth } from '#lib/cli/pad-to-width.ts';
import { plural } from '#lib/cli/plural.ts';

/** Issue 16's targets, shown next to the figures they apply to (they are set for 520 issues). */
export const TARGETS = { ratio: 3, warmRatio: 1.5, peakRssMiB: 1536, feedBytes: 2 ** 20, outputBytes: 150 * 2 ** 20 };

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KiB`;
const count = (value: number) => value.toLocaleString('en-US');
const seconds = (value: number) => `${value.toFixed(1)} s`;
const times = (value: number) => `${value.toFixed(2)}×`;

function indexed(output: OutputStats): string {
  const languages = Object.entries(output.pagefindPages).map(([lang, pages]) => `${lang} ${count(pages)}`);
  return `${mib(output.pagefindBytes)}, pages indexed: ${languages.join(', ') || 'none'}`;
}

type Row = [name: string, site: string, peer?: string | null, target?: string];

/** The figures of one run as an aligned table: measure, this site, the Hugo baseline, issue 16's target. */
export function formatBench(result: BenchResult): string {
  const { build, output, baseline, warm } = result;
  const hugo = baseline?.output;
  const largestFeed = (stats: OutputStats) => `${stats.feeds.largest.path} ${kib(stats.feeds.largest.bytes)}`;
  const target = (text: string, met: boolean) => `${text}: ${met ? 'met' : 'NOT met'}`;
  const rows: Row[] = [
    ['issues / records', `${result.issues} / ${count(result.records)}`],
    ['machine', `${result.machine.cpus} cores, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}`],
    ['', 'this site', baseline && `Hugo baseline (${baseline.version.replace(/^hugo /, '')})`, 'issue 16 target'],
    ['build wall time', seconds(build.seconds), baseline && `${seconds(baseline.seconds)} (Hugo ${seconds(baseline.hugo.seconds)} + Pagefind ${seconds(baseline.pagefind.seconds)})`],
  ];
  if (result.ratio !== null) rows.push(['ratio to the baseline', times(result.ratio), '1×', target('≤ 3×', result.ratio <= TARGETS.ratio)]);
  rows.push(
    ['peak RSS (process tree)', `${count(build.peakRssMiB)} MiB`, baseline && `${count(baseline.peakRssMiB)} MiB (Hugo ${count(baseline.hugo.peakRssMiB)}, Pagefind ${count(baseline.pagefind.peakRssMiB)})`, target('≤ 1,536 MiB', build.peakRssMiB <= TARGETS.peakRssMiB)],
    ['pages built', count(output.pages), hugo && count(hugo.pages)],
    ['issue pages', count(output.issuePages), hugo && count(hugo.issuePages)],
    ['pages per second', build.pagesPerSecond.toFixed(1)],
    ['time per page', `${build.msPerPage.toFixed(2)} ms`],
    ['output', `${plural(output.files, 'file')}, ${mib(output.bytes)}`, hugo && `${plural(hugo.files, 'file')}, ${mib(hugo.bytes)}`, target('≤ 150 MiB', output.bytes <= TARGETS.outputBytes)],
    ['feeds', `${output.feeds.count}, ${mib(output.feeds.bytes)} in all`, hugo && `${hugo.feeds.count}, ${mib(hugo.feeds.bytes)} in all`],
    ['largest feed', largestFeed(output), hugo && largestFeed(hugo), target('each ≤ 1 MiB', output.feeds.largest.bytes <= TARGETS.feedBytes)],
    ['Pagefind index', indexed(output), hugo && indexed(hugo)],
    ['largest page', `${output.largestPage.path} ${kib(output.largestPage.bytes)}`, hugo && `${hugo.largestPage.path} ${kib(hugo.largestPage.bytes)}`],
  );
  if (warm) {
    rows.push(['warm rebuild (+1 issue)', `${seconds(warm.seconds)}, ${count(warm.output.issuePages)} issue pages`]);
    if (warm.ratioToBaseline !== null) rows.push(['warm / baseline full build', times(warm.ratioToBaseline), '', target('≤ 1.5×', warm.ratioToBaseline <= TARGETS.warmRatio)]);
    rows.push(['warm rebuild peak RSS', `${count(warm.peakRssMiB)} MiB`]);
  }
  if (result.editor) {
    rows.push(['npm run draft', `${result.editor.draftSeconds.toFixed(2)} s`]);
    rows.push(['npm run check', `${result.editor.checkSeconds.toFixed(2)} s`]);
    rows.push(['dev server: save → page served', result.editor.devRefreshSeconds === null ? 'not measured' : `${result.editor.devRefreshSeconds.toFixed(2)} s`]);
  }
  // Machine and corpus lines span the table; the others are aligned in columns.
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row, index) => (index < 2 && column > 0 ? 0 : stringWidth(row[column] ?? '')))));
  const hasPeer = baseline !== null;
  return rows
    .map((row, index) => {
      if (index < 2) return `${padToWidth(row[0], widths[0]!)}  ${row[1]}`;
      const cells = [padToWidth(row[0], widths[0]!), padToWidth(row[1], widths[1]!), ...(hasPeer ? [padToWidth(row[2] ?? '', widths[2]!)] : []), row[3] ?? ''];
      return cells.join('  ').trimEnd();
    })
    .join('\n');
}
