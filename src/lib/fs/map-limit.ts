/**
 * Maps `items` through an async `task` with at most `limit` in flight, keeping the
 * order. Reading thousands of small files one after another leaves the process
 * idle on each; a few dozen at once keeps the disk and the parser busy.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
