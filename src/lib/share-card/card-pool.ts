// Drawing a card takes one core about 30 ms (Satori's layout, resvg's painting, sharp's quantising), and a build
// of a ten-year archive with an empty cache draws over a thousand. Astro renders pages on
// one thread, so the build hands every card to a worker thread as soon as it knows them
// (when the build starts, start-issue-cards.ts; then the card route's getStaticPaths), and
// the worker draws them into the cache on the other core while Vite bundles and the pages
// render. A card page then reads its card from the cache, first waiting for the worker if
// it is still on its way there. Where a worker cannot start or fails, cards are drawn in place.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardFile, cardKey } from './card-cache.ts';
import type { CardFacts } from './card-facts.ts';
import type { CardDone, CardJob } from './card-worker.ts';

const SHARED = Symbol.for('upstream-weekly:card-pool');

/**
 * The build's one pool for `dir`: the config's build-start hook and the card route (bundled
 * apart, so each has its own copy of this module) queue into the same worker, and a card
 * queued by one is never drawn twice.
 */
export function sharedCardPool(dir: string): CardPool {
  const pools = ((globalThis as Record<symbol, unknown>)[SHARED] ??= new Map<string, CardPool>()) as Map<string, CardPool>;
  let pool = pools.get(dir);
  if (!pool) pools.set(dir, (pool = new CardPool(dir)));
  return pool;
}

/**
 * Queues into the shared pool of `dir` the cards it does not hold yet; returns how many. None
 * when no worker can start: each card page then draws its own.
 */
export function drawMissing(cards: readonly CardFacts[], dir: string): number {
  const missing = cards.filter((facts) => !existsSync(cardFile(facts, dir)));
  if (missing.length === 0) return 0;
  try {
    sharedCardPool(dir).draw(missing);
    return missing.length;
  } catch {
    return 0;
  }
}

type Waiting = { key: string; facts: CardFacts; promise: Promise<void>; settle: (error?: Error) => void; settled: boolean; failed: boolean };

export class CardPool {
  readonly #dir: string;
  #worker: Worker | undefined;
  readonly #waiting = new Map<string, Waiting>();

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** The worker, started on first use and again after it has ended with its queue done. */
  #started(): Worker {
    if (this.#worker) return this.#worker;
    // By path from the project's root: this module is bundled into Astro's build, the worker is not.
    // Node strips the worker's types itself; before 22.18 it has to be asked to.
    const worker = new Worker(resolve('src/lib/share-card/card-worker.ts'), {
      workerData: { dir: this.#dir },
      execArgv: process.features.typescript ? [] : ['--experimental-strip-types', '--no-warnings'],
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    // Cards are a head start, never a reason for the build to stay alive.
    worker.unref();
    worker.on('message', ({ key, error }: CardDone) => this.#settle(key, error ? new Error(error) : undefined));
    worker.on('error', (error) => this.#failAll(error));
    worker.on('exit', (code) => {
      this.#worker = undefined;
      // A worker ends once its queue is empty; a card queued while it was ending never
      // reached it, so it goes to a new one. A worker that failed takes its cards with it.
      const lost = [...this.#waiting.values()].filter((entry) => !entry.settled);
      if (code === 0 && lost.length > 0) for (const entry of lost) this.#post(entry);
      else this.#failAll(new Error('the card worker stopped'));
    });
    this.#worker = worker;
    return worker;
  }

  /** Queues cards to draw, in order: each once, or again after it failed. */
  draw(cards: readonly CardFacts[]): void {
    for (const facts of cards) {
      const key = cardKey(facts);
      if (this.#waiting.has(key) && !this.#waiting.get(key)!.failed) continue;
      const entry = { key, facts, settled: false, failed: false } as Waiting;
      entry.promise = new Promise<void>((resolve, reject) => (entry.settle = (error) => (error ? reject(error) : resolve())));
      entry.promise.catch(() => {});
      this.#waiting.set(key, entry);
      this.#post(entry);
    }
  }

  #post(entry: Waiting): void {
    this.#started().postMessage({ key: entry.key, facts: entry.facts } satisfies CardJob);
  }

  /** Resolves once the worker has put this card in the cache; rejects if it could not. Undefined when it was never queued. */
  ready(facts: CardFacts): Promise<void> | undefined {
    const key = cardKey(facts);
    const entry = this.#waiting.get(key);
    if (entry && !entry.settled) this.#worker?.postMessage({ first: key });
    return entry?.promise;
  }

  #settle(key: string, error?: Error) {
    const entry = this.#waiting.get(key);
    if (!entry || entry.settled) return;
    entry.settled = true;
    entry.failed = error !== undefined;
    entry.settle(error);
  }

  #failAll(error: Error) {
    for (const key of this.#waiting.keys()) this.#settle(key, error);
  }
}
