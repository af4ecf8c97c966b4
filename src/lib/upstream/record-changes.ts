// Pages read the upstream records from disk once (src/page-data/load-site.ts) and keep
// them. Under `astro dev` the server's watcher (src/integrations/watch-records.ts) counts
// each change to a record here, so the next page reads them again. The count lives on
// globalThis: the server and the pages it runs load this module separately, in one realm.
const KEY = Symbol.for('upstream-weekly.record-changes');
type Holder = { [KEY]?: number };

/** How many times a record file has been added, changed or removed since the server started. */
export function recordChanges(): number {
  return (globalThis as Holder)[KEY] ?? 0;
}

export function markRecordsChanged(): void {
  (globalThis as Holder)[KEY] = recordChanges() + 1;
}

/** `make`'s value, made on first use and again after a record has changed. */
export function untilRecordsChange<T>(make: () => T): () => T {
  let memo: { changes: number; value: T } | undefined;
  return () => {
    const changes = recordChanges();
    if (memo?.changes !== changes) memo = { changes, value: make() };
    return memo.value;
  };
}
