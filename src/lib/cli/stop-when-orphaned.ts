/**
 * Under `npm run`, a command runs in npm's `sh -c`. `kill -TERM <npm>` reaches that shell,
 * which ends without passing the signal on, and npm exits 143 while the command runs on,
 * orphaned, with whatever it started. So, under npm only (where that shell outlives the
 * command unless npm was stopped), a command whose parent went away sends itself SIGHUP,
 * as a closed terminal would, and stops the way abortOnInterrupt says. Outside npm it does
 * nothing: `(cmd &)` orphans a command on purpose.
 */
export function stopWhenOrphaned(intervalMs = 250): void {
  if (!process.env.npm_lifecycle_event) return;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    process.kill(process.pid, 'SIGHUP');
  }, intervalMs);
  timer.unref();
}
