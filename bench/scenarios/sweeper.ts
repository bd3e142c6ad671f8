import { counterItems, putAll, seededSiteToken } from '../../local/seed-tokens.js';
import { addDays } from '../../shared/domain/clock.js';
import { countCalls } from '../../shared/observability/call-counter.js';
import type { BenchEnvironment } from '../setup.js';

/** One sweeper run over `live` tokens a year out and `due` tokens that ended yesterday. */
export const sweeperCost = async (env: BenchEnvironment, live: number, due: number) => {
  const { runtime, tables } = env.keyward;
  const now = runtime.clock.now();
  await putAll(runtime.documents, [
    ...Array.from({ length: live }, (_, i) => ({
      table: tables.tokens,
      item: seededSiteToken(`site#live${i % 1000}`, addDays(now, 365)),
    })),
    ...Array.from({ length: due }, (_, i) => ({
      table: tables.tokens,
      item: seededSiteToken(`site#due${i % 20}`, addDays(now, -1)),
    })),
    ...counterItems(
      tables.directory,
      Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`site#due${i}`, Math.ceil(due / 20)])),
    ),
  ]);
  const { sweepIndex } = runtime.repositories;
  await sweepIndex.advanceWatermark(
    await sweepIndex.watermark(),
    addDays(now, -2).toISOString().slice(0, 10),
  );
  const calls = countCalls(runtime.dynamodb);
  const started = performance.now();
  const report = await runtime.sweeper.run();
  const durationMs = Math.round(performance.now() - started);
  const counts = calls.counts();
  return {
    sweeper: {
      live,
      due,
      expired: report.expired,
      itemsRead: report.itemsRead,
      queries: counts.QueryCommand ?? 0,
      writeTransactions: counts.TransactWriteItemsCommand ?? 0,
      durationMs,
    },
  };
};
