// The worker thread of card-pool.ts: draws each card it is sent into the card cache, in
// order (two at a time), and says when each is there; once none is left it ends, and gives
// its memory back while the pages still render. Run by Node itself (type stripping), not bundled.
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
// Two cards at a time: while sharp writes one card's PNG on libuv's thread, this thread lays
// out and paints the next, instead of sitting idle for about 40 % of every card.
const AT_ONCE = 2;
let drawing = 0;

// Pool → worker: a job to add, or the key of one a page is waiting for, which goes first.
parentPort!.on('message', (message: CardJob | { first: string }) => {
  if ('first' in message) {
    const at = queue.findIndex((job) => job.key === message.first);
    if (at > 0) queue.unshift(...queue.splice(at, 1));
  } else {
    queue.push(message);
  }
  drain();
});

function drain(): void {
  while (drawing < AT_ONCE && queue.length > 0) void draw(queue.shift()!);
  if (drawing === 0 && queue.length === 0) parentPort!.close();
}

async function draw(job: CardJob): Promise<void> {
  drawing++;
  const done: CardDone = { key: job.key };
  await cachedCard(job.facts, dir).catch((error: Error) => (done.error = error.message));
  parentPort!.postMessage(done);
  drawing--;
  drain();
}
