import { clearLine, cursorTo } from 'node:readline';

/** Progress on a terminal (one line rewritten in place), or a plain log otherwise. */
export interface Progress {
  step(done: number, total: number, label: string): void;
  log(message: string): void;
  end(): void;
}

export function createProgress(stream: NodeJS.WriteStream): Progress {
  let live = false;
  const wipe = () => {
    if (!live) return;
    clearLine(stream, 0);
    cursorTo(stream, 0);
    live = false;
  };
  return {
    step(done, total, label) {
      if (!stream.isTTY) return;
      wipe();
      stream.write(`[${done}/${total}] ${label}`);
      live = true;
    },
    log(message) {
      wipe();
      stream.write(`${message}\n`);
    },
    end: wipe,
  };
}
