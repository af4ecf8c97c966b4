// npm run demo: list the demos, or run one and print (and save) what it measured.
import { join } from 'node:path';
import { abortOnInterrupt } from '#lib/cli/on-interrupt.ts';
import { createProgress } from '#lib/cli/progress.ts';
import { runCommand } from '#lib/cli/run-command.ts';
import { EXIT } from '#lib/cli/cli-errors.ts';
import { contentDir } from '#lib/content/content-dir.ts';
import { readMachineInfo } from '#lib/demos/machine-info.ts';
import { DEMO_USAGE, parseDemoArgs } from '#lib/demos/demo-options.ts';
import { formatTextTable } from '#lib/demos/format-text-table.ts';
import { measureCloseModes } from '#lib/demos/net/measure-close-modes.ts';
import { loadSetLinger } from '#lib/demos/net/set-linger.ts';
import { presentResults } from '#lib/demos/present-results.ts';
import { DEMOS } from '#lib/demos/registry.ts';
import { runDemo } from '#lib/demos/run-demo.ts';
import { displayPath } from '#lib/fs/display-path.ts';

// On Ctrl-C a run stops sampling, removes its namespace, and saves nothing.
// The probe inside a namespace stays quiet: its parent reports the stop.
const signal = abortOnInterrupt((message) => process.argv[2] !== 'probe' && console.error(`demo: ${message}`));

await runCommand('demo', async () => {
  const parsed = parseDemoArgs(process.argv.slice(2));
  if (parsed.command === 'help' && !parsed.asked) {
    console.error(`demo: say what to do: list, or run NAME\n\n${DEMO_USAGE}`);
    return EXIT.usage;
  }
  if (parsed.command === 'help') return void console.log(DEMO_USAGE);
  if (parsed.command === 'list') {
    for (const demo of DEMOS) console.log(`${demo.name}\n  ${demo.summary}\n  needs: ${demo.needs}`);
    return;
  }
  const progress = createProgress(process.stderr);
  if (parsed.command === 'probe') {
    // Internal: the conntrack demo runs this inside its network namespace and reads the JSON.
    const modes = await measureCloseModes({ ...parsed.settings, modes: parsed.modes, setLinger: await loadSetLinger(), signal, onProgress: (message) => progress.log(message) });
    process.stdout.write(JSON.stringify({ modes, machine: await readMachineInfo() }));
    return;
  }
  const out = parsed.out === undefined ? (parsed.settings.quick ? join('.cache', 'demos', `${parsed.name}.json`) : join(contentDir(), 'demos', parsed.name, 'results.json')) : parsed.out;
  const { results, saved, unsaved } = await runDemo(parsed.name, parsed.settings, out, { signal, progress: (message) => progress.log(`demo: ${message}`) });
  progress.end();
  const { tables } = presentResults(results, 'en');
  console.log(tables.map(formatTextTable).join('\n\n'));
  const machine = results.machine;
  console.log(`\nkernel ${machine.kernel} (${machine.arch}), Node ${machine.node}, tcp_fin_timeout ${machine.tcpFinTimeout ?? '?'}, nf_conntrack_max ${machine.conntrackMax ?? 'n/a'}, tcp_tw_reuse ${machine.tcpTwReuse ?? '?'}`);
  if (unsaved) {
    // Print the results whole, so nothing measured is lost.
    console.log(`\n${JSON.stringify(results, null, 2)}`);
    console.error(`demo: ${unsaved}\ndemo: the results are printed above as JSON; save them with --out FILE next time, or copy them from here`);
    return EXIT.failed;
  }
  console.error(saved ? `demo: results saved to ${displayPath(saved)}` : 'demo: results not saved (--no-save)');
});
