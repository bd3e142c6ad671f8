import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { addDays } from '../../shared/domain/clock.js';
import { newResourceId } from '../../shared/domain/directory.js';
import { sweepShardOf } from '../../shared/domain/lifecycle.js';
import type { TokenRecord } from '../../shared/domain/token.js';
import { countCalls } from '../../shared/observability/call-counter.js';
import type { BenchEnvironment } from '../setup.js';

const seededToken = (ownerKey: string, end: Date): TokenRecord => {
  const tokenId = newResourceId();
  const staleAt = end.toISOString();
  return {
    tokenId,
    kind: 'site',
    ownerType: 'site',
    ownerId: ownerKey.slice(5),
    ownerKey,
    workspaceId: 'bbbbbbbbbbbbbbbbbbbbbbbb',
    name: 'seeded',
    status: 'active',
    hash: 'x',
    pepperVersion: 1,
    start: `kws_${tokenId}_abcd`,
    createdAt: addDays(end, -365).toISOString(),
    createdBy: 'bench',
    updatedAt: addDays(end, -365).toISOString(),
    staleAt,
    sweepShard: sweepShardOf(tokenId, staleAt),
  };
};

/** One sweeper run over `live` tokens a year out and `due` tokens that ended yesterday. */
export const sweeperCost = async (env: BenchEnvironment, live: number, due: number) => {
  const { runtime, tables } = env.keyward;
  const now = runtime.clock.now();
  const items = [
    ...Array.from({ length: live }, (_, i) => ({
      table: tables.tokens,
      item: seededToken(`site#live${i % 1000}`, addDays(now, 365)),
    })),
    ...Array.from({ length: due }, (_, i) => ({
      table: tables.tokens,
      item: seededToken(`site#due${i % 20}`, addDays(now, -1)),
    })),
    ...Array.from({ length: 20 }, (_, i) => ({
      table: tables.directory,
      item: { pk: `site#due${i}`, sk: 'counter#tokens', activeTokens: Math.ceil(due / 20) },
    })),
  ];
  for (let i = 0; i < items.length; i += 25 * 8) {
    await Promise.all(
      Array.from({ length: 8 }, async (_, b) => {
        const batch = items.slice(i + b * 25, i + (b + 1) * 25);
        let pending: Record<string, Array<{ PutRequest: { Item: Record<string, unknown> } }>> = {};
        for (const { table, item } of batch) {
          pending[table] = [
            ...(pending[table] ?? []),
            { PutRequest: { Item: item as unknown as Record<string, unknown> } },
          ];
        }
        while (Object.keys(pending).length > 0) {
          const result = await runtime.documents.send(new BatchWriteCommand({ RequestItems: pending }));
          pending = (result.UnprocessedItems ?? {}) as typeof pending;
        }
      }),
    );
  }
  const { directory } = runtime.repositories;
  await directory.advanceSweepWatermark(
    await directory.sweepWatermark(),
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
