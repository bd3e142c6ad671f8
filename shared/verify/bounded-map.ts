/**
 * Sets `key` as the newest entry of an insertion-ordered Map and drops the oldest beyond `maxEntries`: the
 * bound every in-memory memory of a verifier or guard keeps (cached tokens, refusal counts, failing
 * addresses), so no flood of distinct keys can grow an instance without limit.
 */
export const setBounded = <K, V>(map: Map<K, V>, key: K, value: V, maxEntries: number): void => {
  map.delete(key);
  map.set(key, value);
  if (map.size > maxEntries) {
    const eldest = map.keys().next();
    if (eldest.done !== true) map.delete(eldest.value);
  }
};
