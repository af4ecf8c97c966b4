import { parseFlags } from '#lib/cli/parse-flags.ts';
import { UsageError } from '#lib/cli/cli-errors.ts';
import { CLOSE_MODES, type CloseMode } from '#lib/schemas/demo-mode-result.ts';

export const DEMO_USAGE = `Usage: npm run demo -- <command> [options]

Runs the experiments behind the demo notes on this Linux machine, prints what they
measured, and saves it for the site.

Commands:
  list                   the demos and what each one needs
  run NAME [options]     run one demo

Options for run:
  --connections N        probe connections per close mode (default 1000; socket demos)
  --watch SECONDS        after each mode, sample every second for this long (default 3;
                         60 shows TIME_WAIT draining completely)
  --quick                a short run for CI: 100 connections, --watch 1; saved under .cache/
  --out FILE             where to save the results (default content/demos/NAME/results.json,
                         or .cache/demos/NAME.json with --quick)
  --no-save              print the table only
  --help                 this text

Every connection stays on 127.0.0.1 (or inside the demo's own network namespace),
and every run stops by itself.`;

export interface DemoSettings {
  connections: number;
  watch: number;
  quick: boolean;
}

export type DemoCommand =
  /** `asked`: --help was given; false when no command was (a mistake: usage goes to stderr, exit 2). */
  | { command: 'help'; asked: boolean }
  | { command: 'list' }
  /** `out`: a file, null for --no-save, undefined for the default place. */
  | { command: 'run'; name: string; settings: DemoSettings; out: string | null | undefined }
  | { command: 'probe'; settings: DemoSettings; modes: CloseMode[] };

const LIMITS = { connections: [1, 20_000], watch: [0, 300] } as const;

function bounded(flag: keyof typeof LIMITS, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  const [low, high] = LIMITS[flag];
  if (!Number.isInteger(number) || number < low || number > high) throw new UsageError(`--${flag} ${JSON.stringify(value)}: expected a whole number from ${low} to ${high}`);
  return number;
}

/** Parses `npm run demo` arguments. */
export function parseDemoArgs(args: string[]): DemoCommand {
  const [command, ...rest] = args;
  if (command === undefined) return { command: 'help', asked: false };
  if (command === '--help' || command === 'help') return { command: 'help', asked: true };
  if (command === 'list') {
    if (rest.length > 0) throw new UsageError('list takes no arguments');
    return { command: 'list' };
  }
  if (command !== 'run' && command !== 'probe') throw new UsageError(`unknown command ${JSON.stringify(command)}: expected list or run`);
  const [name, ...flags] = command === 'run' ? rest : ['', ...rest];
  if (command === 'run' && (!name || name.startsWith('-'))) throw new UsageError('say which demo to run: npm run demo -- run NAME (see npm run demo -- list)');
  const values = parseFlags(flags, {
    connections: { type: 'string' },
    watch: { type: 'string' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
    'no-save': { type: 'boolean', default: false },
    modes: { type: 'string' },
    help: { type: 'boolean', default: false },
  });
  if (values.help) return { command: 'help', asked: true };
  const quick = values.quick;
  const settings = {
    connections: bounded('connections', values.connections, quick ? 100 : 1000),
    watch: bounded('watch', values.watch, quick ? 1 : 3),
    quick,
  };
  if (command === 'probe') {
    const modes = (values.modes ?? CLOSE_MODES.join(',')).split(',');
    for (const mode of modes) if (!(CLOSE_MODES as readonly string[]).includes(mode)) throw new UsageError(`--modes: unknown close mode ${JSON.stringify(mode)}`);
    return { command: 'probe', settings, modes: modes as CloseMode[] };
  }
  if (values.out && values['no-save']) throw new UsageError('--out and --no-save contradict each other');
  const out = values['no-save'] ? null : values.out;
  return { command: 'run', name: name!, settings, out };
}
