import type { BenchResult } from './run-bench.ts';
import { plural } from '../cli/plural.ts';

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** The figures of one run as aligned `name  value` lines. */
export function formatBench(result: BenchResult): string {
  const rows: Array<[string, string]> = [
    ['issues / records', `${result.issues} / ${result.records}`],
    ['machine', `${result.machine.cpus} cores, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}`],
    ['build wall time', `${result.build.seconds.toFixed(1)} s`],
    ['pages built', String(result.output.pages)],
    ['pages per second', result.build.pagesPerSecond.toFixed(1)],
    ['time per page', `${result.build.msPerPage.toFixed(2)} ms`],
    ['peak RSS (process tree)', `${result.build.peakRssMiB} MiB`],
    ['output', `${plural(result.output.files, 'file')}, ${mib(result.output.bytes)}`],
    ['Pagefind index', mib(result.output.pagefindBytes)],
    ['largest page', `${result.output.largestPage.path} (${(result.output.largestPage.bytes / 1024).toFixed(1)} KiB)`],
  ];
  if (result.editor) {
    rows.push(['npm run draft', `${result.editor.draftSeconds.toFixed(2)} s`]);
    rows.push(['npm run check', `${result.editor.checkSeconds.toFixed(2)} s`]);
    rows.push(['dev server: save → page served', result.editor.devRefreshSeconds === null ? 'not measured' : `${result.editor.devRefreshSeconds.toFixed(2)} s`]);
  }
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n');
}
