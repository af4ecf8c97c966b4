/**
 * Turns Ctrl-C (and SIGTERM, or a closed terminal's SIGHUP) into an AbortSignal: the first one asks the run to
 * stop and clean up, a second one quits at once (say, during a long wait).
 */
export function abortOnInterrupt(say: (message: string) => void): AbortSignal {
  const controller = new AbortController();
  const stop = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
    say('stopping (Ctrl-C again to quit now)');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  return controller.signal;
}
