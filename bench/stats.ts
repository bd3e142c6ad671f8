/** Latency summaries for the benchmarks. */

export interface LatencySummary {
  readonly opsPerSec: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
}

const percentile = (sorted: Float64Array, p: number): number =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export const summarize = (latenciesMs: Float64Array, elapsedMs: number): LatencySummary => {
  const sorted = Float64Array.from(latenciesMs).sort();
  return {
    opsPerSec: Math.round((latenciesMs.length / elapsedMs) * 1_000),
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
  };
};

export const round = (value: number, digits = 4): number => Number(value.toFixed(digits));

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Runs `op` `count` times on each of `concurrency` workers, timing every call. */
export const measureConcurrent = async (
  concurrency: number,
  count: number,
  op: () => Promise<unknown>,
): Promise<LatencySummary> => {
  const latencies = new Float64Array(concurrency * count);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = 0; i < count; i += 1) {
        const t0 = performance.now();
        await op();
        latencies[next++] = performance.now() - t0;
      }
    }),
  );
  return summarize(latencies, performance.now() - started);
};
