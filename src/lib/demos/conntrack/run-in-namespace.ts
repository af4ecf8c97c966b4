// Runs the probe experiment inside a namespace by starting this project's own
// `scripts/demo.ts probe` there with `ip netns exec`; the child prints its
// measurements as JSON. The namespace is removed afterwards, whatever happens.
import { spawn } from 'node:child_process';
import { z } from 'zod';
import { modeResultSchema, type ModeResult } from '../../schemas/demo-mode-result.ts';
import { createNamespace } from './network-namespace.ts';

export interface NamespaceRun {
  namespace: string;
  modes: ModeResult[];
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
    const args = ['netns', 'exec', name, process.execPath, 'scripts/demo.ts', 'probe', '--connections', String(settings.connections), '--watch', String(settings.watch), '--modes', settings.modes.join(',')];
    const stdout = await runChild('ip', args, options);
    return { namespace: name, modes: z.array(modeResultSchema).parse(JSON.parse(stdout)) };
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
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`the probe in the namespace failed (exit ${code}): ${stderr.trim()}`))));
  });
}
