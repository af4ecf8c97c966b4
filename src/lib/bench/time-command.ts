import { spawn } from 'node:child_process';

/** Wall time of `node <args>`, in seconds, failing when the command does (exit 3, nothing to draft, counts as done). */
export async function timeCommand(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`node ${args.join(' ')} failed (exit ${code}): ${stderr.slice(-500)}`);
  return (performance.now() - started) / 1000;
}
