// The demos, in the order `npm run demo -- list` shows them. Each one measures and
// returns its data; the runner adds the machine, the command, and saving.
import type { MachineInfo } from '#lib/schemas/demo-machine.ts';
import type { DemoName, DemoResults } from '#lib/schemas/demo-results.ts';
import { CLOSE_MODES } from '#lib/schemas/demo-mode-result.ts';
import { measureInNamespace } from './conntrack/run-in-namespace.ts';
import type { DemoSettings } from './demo-options.ts';
import { findSchedulers } from './ipvs-schedulers/find-schedulers.ts';
import { measureCloseModes } from './net/measure-close-modes.ts';
import { loadSetLinger } from './net/set-linger.ts';

/** What a demo measures; `machine` only where the demo ran somewhere else (a namespace) and read it there. */
type Measured<T> = T extends DemoResults ? Omit<T, 'schema' | 'command' | 'machine'> & { machine?: MachineInfo } : never;

export interface DemoContext {
  signal: AbortSignal;
  progress: (message: string) => void;
}

export interface DemoDefinition {
  name: DemoName;
  /** One line for `npm run demo -- list`. */
  summary: string;
  /** What the machine needs, for `list` and for the notes. */
  needs: string;
  /** Prefix of the command line that reproduces a run (`sudo` where root is needed). */
  runner: string;
  /** Whether --connections and --watch mean anything to it. */
  probes: boolean;
  measure(settings: DemoSettings, context: DemoContext): Promise<Measured<DemoResults>>;
}

export const DEMOS: readonly DemoDefinition[] = [
  {
    name: 'so-linger',
    summary: 'N probe-like connections on loopback, closed three ways (plain close, SO_LINGER 0 s, SO_LINGER 1 s): client sockets by TCP state, ephemeral ports, conntrack',
    needs: 'Linux and Node ≥ 22.12; no root',
    runner: 'npm run demo --',
    probes: true,
    async measure(settings, context) {
      const modes = await measureCloseModes({ ...settings, modes: CLOSE_MODES, setLinger: await loadSetLinger(), signal: context.signal, onProgress: context.progress });
      return { demo: 'so-linger', connections: settings.connections, watch: settings.watch, modes };
    },
  },
  {
    name: 'conntrack',
    summary: 'the same probes inside a fresh network namespace with connection tracking switched on: conntrack entries and their TCP states per close mode',
    needs: 'Linux, root, and the ip (iproute2) and nft (nftables) commands',
    runner: 'sudo npm run demo --',
    probes: true,
    async measure(settings, context) {
      await loadSetLinger(); // fail here, with a clear message, rather than inside the namespace
      const { modes, machine } = await measureInNamespace({ ...settings, modes: CLOSE_MODES }, { signal: context.signal, onProgress: context.progress });
      return { demo: 'conntrack', connections: settings.connections, watch: settings.watch, modes, machine };
    },
  },
  {
    name: 'ipvs-schedulers',
    summary: 'which IPVS schedulers the running kernel can give kube-proxy, now that any name is accepted (kubernetes/kubernetes#114878)',
    needs: 'Linux; no root; reads the kernel configuration and module tree, loads nothing',
    runner: 'npm run demo --',
    probes: false,
    async measure() {
      return { demo: 'ipvs-schedulers', ...(await findSchedulers()) };
    },
  },
];

export function findDemo(name: string): DemoDefinition | undefined {
  return DEMOS.find((demo) => demo.name === name);
}
