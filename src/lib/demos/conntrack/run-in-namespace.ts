// Runs the probe experiment inside a namespace by starting this project's own
// `scripts/demo.ts probe` there with `ip netns exec`; the child prints its
// measurements as JSON. The namespace is removed afterwards, whatever happens.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { machineInfoSchema, type MachineInfo } from '#lib/schemas/demo-machine.ts';
import { modeResultSchema, type ModeResult } from '#lib/schemas/demo-mode-result.ts';
import { UnavailableError } from '#lib/cli/cli-errors.ts';
import { createNamespace } from './network-namespace.ts';

/** The command line entry, found from this file so any working directory will do. */
const DEMO_SCRIPT = fileURLToPath(new URL('../../../../scripts/demo.ts', import.meta.url));

/** What `scripts/demo.ts probe` prints: the measurements, and the machine as the namespace sees it. */
export const probeOutputSchema = z.strictObject({ modes: z.array(modeResultSchema), machine: machineInfoSchema });

export interface NamespaceRun {
  namespace: string;
  modes: ModeResult[];
  machine: MachineInfo;
}

export async function measureInNamespace(
  settings: { connections: number; watch: number; modes: readonly string[] },
  options: { signal?: AbortSignal; onProgress?: (message: string) => void },
): Promise<NamespaceRun> {
  const name = `uw-demo-${process.pid}`;
  const namespace = await createNamespace(name);
  // Should the process end some other way (an uncaught error, process.exit), it still cleans up.
  const removeOnExit = () => namespace.removeNow();
  process.once('exit', removeOnExit);
  try {
    options.onProgress?.(`conntrack: namespace ${name} is up, with connection tracking on`);
    const args = ['netns', 'exec', name, process.execPath, DEMO_SCRIPT, 'probe', '--connections', String(settings.connections), '--watch', String(settings.watch), '--modes', settings.modes.join(',')];
    const stdout = await runChild('ip', args, options);
    return { namespace: name, ...probeOutputSchema.parse(JSON.parse(stdout)) };
  } finally {
    process.off('exit', removeOnExit);
    await namespace.remove();
    options.onProgress?.(`conntrack: namespace ${name} removed`);
  }
}

function runChild(command: string, args: string[], options: { signal?: AbortSignal; onProgress?: (message: string) => void }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], signal: options.signal });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
      for (const line of chunk.toString().split('\n').filter(Boolean)) options.onProgress?.(line);
    });
    // Stopped by the signal: runDemo tells the reader what was kept.
    child.on('error', (error) => reject(options.signal?.aborted ? options.signal.reason : error));
    child.on('close', (code) => {
      if (options.signal?.aborted) reject(options.signal.reason);
      else if (code === 0) resolve(stdout);
      else reject(new UnavailableError(`the probe in the namespace failed (exit ${code}): ${stderr.trim().split('\n').at(-1)}`));
    });
  });
}
