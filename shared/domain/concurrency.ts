/**
 * Runs `work` on every item, at most `limit` at a time: a burst of thousands of concurrent requests would flood
 * the table (or the connection pool). Rejects with the first error `work` throws, the other runs going on
 * meanwhile; work that must not stop the others catches its own errors.
 */
export const forEachAtMost = async <T>(
  limit: number,
  items: readonly T[],
  work: (item: T) => Promise<void>,
): Promise<void> => {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
};
