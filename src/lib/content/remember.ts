/**
 * A small memo keyed by text: the value made for `key`, made once. Bounded (oldest
 * entries go first), so a long build does not keep every file's text alive.
 */
export function remember<T>(cache: Map<string, T>, key: string, make: () => T, limit = 2048): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  if (cache.size >= limit) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}
