// A throwaway network namespace with loopback up and connection tracking switched
// on by an nftables rule that matches on conntrack state (which makes the kernel
// track every connection in that namespace). Needs root, `ip` and `nft`.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The demo cannot run here; the message says what is missing and how to get it. */
export class DemoUnavailableError extends Error {
  readonly exitCode = 3;
  constructor(message: string) {
    super(message);
    this.name = 'DemoUnavailableError';
  }
}

const TOOLS = [
  { command: 'ip', args: ['-V'], apt: 'iproute2' },
  { command: 'nft', args: ['--version'], apt: 'nftables' },
] as const;

/** Lists what this machine lacks for the namespace demos; empty when nothing. */
export async function missingForNamespaces(): Promise<string[]> {
  const missing: string[] = [];
  if (process.getuid?.() !== 0) missing.push('root: network namespaces and nftables rules need it (run with sudo)');
  for (const tool of TOOLS) {
    try {
      await run(tool.command, [...tool.args]);
    } catch {
      missing.push(`the \`${tool.command}\` command: sudo apt-get install ${tool.apt}`);
    }
  }
  return missing;
}

const RULESET = `table inet upstream_weekly_demo {
  chain output {
    type filter hook output priority 0; policy accept;
    ct state new,established,related,invalid counter
  }
}
`;

export interface Namespace {
  name: string;
  /** Deletes the namespace; safe to call more than once. */
  remove(): Promise<void>;
  /** The same, synchronously, for a process that is exiting. */
  removeNow(): void;
}

export async function createNamespace(name: string): Promise<Namespace> {
  const missing = await missingForNamespaces();
  if (missing.length > 0) throw new DemoUnavailableError(`this demo needs ${missing.join('; ')}`);
  await run('ip', ['netns', 'add', name]);
  let removed = false;
  const remove = async () => {
    if (removed) return;
    removed = true;
    await run('ip', ['netns', 'del', name]).catch(() => {});
  };
  const removeNow = () => {
    if (removed) return;
    removed = true;
    try {
      execFileSync('ip', ['netns', 'del', name], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  };
  try {
    await run('ip', ['-n', name, 'link', 'set', 'lo', 'up']);
    const nft = run('ip', ['netns', 'exec', name, 'nft', '-f', '-']);
    nft.child.stdin!.end(RULESET);
    await nft;
  } catch (error) {
    await remove();
    throw error;
  }
  return { name, remove, removeNow };
}
