import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { KeyProvider } from '../shared/crypto/key-provider.js';
import { hashSecret } from '../shared/crypto/token-hasher.js';
import { addDays, toEpochSeconds } from '../shared/domain/clock.js';
import { newResourceId } from '../shared/domain/directory.js';
import { sweepShardOf } from '../shared/domain/lifecycle.js';
import type { TokenRecord } from '../shared/domain/token.js';
import { issueToken } from '../shared/domain/token-format.js';

/**
 * Bulk data for tests and benchmarks of the sweeper and the verification cache: token items written directly (tens of thousands in
 * seconds), shaped exactly as the token service stores them.
 */

/** An active site token of `ownerKey` whose life ends at `end` (last used a year before). */
export const seededSiteToken = (
  ownerKey: string,
  end: Date,
  createdBy = 'seed',
  tokenId = newResourceId(),
): TokenRecord => {
  const staleAt = end.toISOString();
  const lastActivity = addDays(end, -365).toISOString();
  return {
    tokenId,
    kind: 'site',
    ownerType: 'site',
    ownerId: ownerKey.slice('site#'.length),
    ownerKey,
    workspaceId: 'aaaaaaaaaaaaaaaaaaaaaaaa',
    name: `seeded ${tokenId}`,
    status: 'active',
    hash: 'x',
    pepperVersion: 1,
    start: `kws_${tokenId}_abcd`,
    createdAt: lastActivity,
    createdBy,
    updatedAt: lastActivity,
    staleAt,
    sweepShard: sweepShardOf(tokenId, staleAt),
    ttl: toEpochSeconds(addDays(end, 30)),
  };
};

/** A seeded site token that verifies: its value, and its item holding the HMAC of its secret. */
export const verifiableSiteToken = async (
  keys: KeyProvider,
  ownerKey: string,
  end: Date,
): Promise<{ readonly value: string; readonly record: TokenRecord }> => {
  const issued = issueToken('s');
  const record = {
    ...seededSiteToken(ownerKey, end, 'seed', issued.tokenId),
    ...(await hashSecret(keys, issued.secret)),
    start: issued.start,
  };
  return { value: issued.value, record };
};

export interface SeedItem {
  readonly table: string;
  readonly item: object;
}

/** Writes items with BatchWriteItem, 25 a request, 8 requests in flight, retrying what DynamoDB leaves unprocessed. */
export const putAll = async (
  documents: DynamoDBDocumentClient,
  items: readonly SeedItem[],
): Promise<void> => {
  const batches: SeedItem[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  for (let i = 0; i < batches.length; i += 8) {
    await Promise.all(
      batches.slice(i, i + 8).map(async (batch) => {
        let pending: Record<string, Array<{ PutRequest: { Item: Record<string, unknown> } }>> = {};
        for (const { table, item } of batch) {
          pending[table] = [
            ...(pending[table] ?? []),
            { PutRequest: { Item: item as Record<string, unknown> } },
          ];
        }
        while (Object.keys(pending).length > 0) {
          const result = await documents.send(new BatchWriteCommand({ RequestItems: pending }));
          pending = (result.UnprocessedItems ?? {}) as typeof pending;
        }
      }),
    );
  }
};

/** Active-token counter items, as the token repository keeps them. */
export const counterItems = (table: string, counters: Readonly<Record<string, number>>): SeedItem[] =>
  Object.entries(counters).map(([pk, activeTokens]) => ({
    table,
    item: { pk, sk: 'counter#tokens', activeTokens },
  }));
