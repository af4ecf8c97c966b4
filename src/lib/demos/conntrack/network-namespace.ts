// A throwaway network namespace with loopback up and connection tracking switched
// on by an nftables rule that matches on conntrack state (which makes the kernel
// track every connection in that namespace). Needs root, `ip` and `nft`.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';

import { UnavailableError } from '#lib/cli/cli-errors.ts';

const run = promisify(execFile);

const TOOLS = [
  { command: 'ip', args: ['-V'], apt: 'iproute2' },
  { command: 'nft', args: ['--version'], apt: 'nftables' },
] as const;

/**
 * Lists what this machine lacks for the namespace demos; empty when nothing. Being
 * root is not always enough (a container may withhold CAP_SYS_ADMIN), so with
 * root and the tools present it also tries to create and remove a namespace.
 */
export async function missingForNamespaces(): Promise<string[]> {
  const missing: string[] = [];
  const root = process.getuid?.() === 0;
  if (!root) missing.push('root: network namespaces and nftables rules need it (run with sudo)');
  for (const tool of TOOLS) {
    try {
      await run(tool.command, [...tool.args]);
    } catch {
      missing.push(`the \`${tool.command}\` command: sudo apt-get install ${tool.apt}`);
    }
  }
  if (missing.length === 0) {
    const trial = `uw-check-${process.pid}`;
    try {
      await run('ip', ['netns', 'add', trial]);
      await run('ip', ['netns', 'del', trial]);
    } catch (error) {
      missing.push(`permission to create network namespaces (CAP_SYS_ADMIN; in a container, run it privileged): ${firstLine(error)}`);
    }
  }
  return missing;
}

const firstLine = (error: unknown) => String((error as { stderr?: string }).stderr || (error as Error).message).trim().split('\n')[0];

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
  if (missing.length > 0) throw new UnavailableError(`this demo needs ${missing.join('; ')}`);
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
    throw new UnavailableError(`could not set up namespace ${name}: ${firstLine(error)}`);
  }
  return { name, remove, removeNow };
}
