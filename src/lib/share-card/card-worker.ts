// The worker thread of card-pool.ts: draws each card it is sent into the card cache, in
// order, and says when each is there; once none is left it ends, and gives its memory back
// while the pages still render. Run by Node itself (type stripping), not bundled.
import { parentPort, workerData } from 'node:worker_threads';
import { cachedCard } from './card-cache.ts';
import type { CardFacts } from './card-facts.ts';

export interface CardJob {
  key: string;
  facts: CardFacts;
}

/** Worker → pool: a card is in the cache, or could not be drawn. */
export type CardDone = { key: string; error?: string };

const { dir } = workerData as { dir: string };
const queue: CardJob[] = [];
let running = false;

// Pool → worker: a job to add, or the key of one a page is waiting for, which goes first.
parentPort!.on('message', (message: CardJob | { first: string }) => {
  if ('first' in message) {
    const at = queue.findIndex((job) => job.key === message.first);
    if (at > 0) queue.unshift(...queue.splice(at, 1));
  } else {
    queue.push(message);
  }
  void drain();
});

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  for (let job = queue.shift(); job; job = queue.shift()) {
    const done: CardDone = { key: job.key };
    await cachedCard(job.facts, dir).catch((error: Error) => (done.error = error.message));
    parentPort!.postMessage(done);
  }
  running = false;
  parentPort!.close();
}
