import { DAY_MS, toEpochSeconds } from './clock.js';

/**
 * The token change feed: every change to a token also appends `{tokenId, at}` to a time-bucketed
 * partition, so verifiers that cache token items can learn, with one small read a second, which ids to
 * forget. This module is the pure part: bucket arithmetic and the rule for what one read can cover.
 *
 * Buckets are one minute long, and every entry is written to its own bucket and to the next one. A
 * reader whose cursor lies in the current or the previous minute therefore finds everything after its
 * cursor in the current bucket alone: one Query, whatever the number of tokens or changes. A reader that
 * fell further behind (an idle instance) cannot catch up with one read, so it forgets its whole cache.
 *
 * Each bucket also has K replicas (`token-changes#<minute>#<r>`): writers put every entry in all of them,
 * and each reader reads the one it picked, so a partition serves 1/K of the readers. At 10,000 warm
 * instances reading once a second, one partition would take 10,000 reads a second — past DynamoDB's 3,000
 * per partition; with the default K = 8 each takes 1,250 (README, "Revocation at scale").
 */

/** Replicas of each bucket by default: 10,000 instances at 1,250 reads a second per partition. */
export const DEFAULT_CHANGE_FEED_REPLICAS = 8;
/** The most replicas: a change writes 2 × K items in its own transaction (100 at most). */
export const MAX_CHANGE_FEED_REPLICAS = 32;

/** Why `replicas` cannot be a replica count, or `undefined` when it can (checked at synth and at start). */
export const changeFeedReplicasProblem = (replicas: number): string | undefined =>
  Number.isInteger(replicas) && replicas >= 1 && replicas <= MAX_CHANGE_FEED_REPLICAS
    ? undefined
    : `The change feed takes 1 to ${MAX_CHANGE_FEED_REPLICAS} replicas (a whole number), not ${replicas}.`;

export const CHANGE_BUCKET_MS = 60_000;
/** Entries are only ever read within a couple of minutes; a day of retention is a generous margin. */
export const CHANGE_RETENTION_MS = DAY_MS;
/**
 * How far behind its own clock a reader starts its next read. An entry is stamped before its transaction
 * commits (retries included) and clocks of different machines differ a little; entries within this lag are
 * read twice and applied once.
 */
export const CHANGE_READ_LAG_MS = 5_000;

/**
 * The most a region's verifiers may allow for replication (global tables): a read reaches back the read lag
 * plus this, and one read must still cover it from the previous minute's bucket.
 */
export const MAX_REPLICATION_ALLOWANCE_MS = 50_000;

/** Why `ms` cannot be a replication allowance, or `undefined` when it can (checked at synth and at start). */
export const replicationAllowanceProblem = (ms: number): string | undefined =>
  Number.isInteger(ms) && ms >= 0 && ms <= MAX_REPLICATION_ALLOWANCE_MS
    ? undefined
    : `The replication allowance is 0 to ${MAX_REPLICATION_ALLOWANCE_MS} ms (a whole number), not ${ms}.`;

/** When an entry was stamped, from its sort key (`<ISO time>#<token id>`). */
export const changeStampOf = (sk: string): number => Date.parse(sk.slice(0, sk.indexOf('#')));

export const CHANGE_FEED_PARTITION_PREFIX = 'token-changes#';

/** `token-changes#2026-11-27T20:15#3`: replica `replica` of the partition of the minute `ms` falls in. */
export const changeBucketOf = (ms: number, replica: number): string =>
  `${CHANGE_FEED_PARTITION_PREFIX}${new Date(ms - (ms % CHANGE_BUCKET_MS)).toISOString().slice(0, 16)}#${replica}`;

/** The partitions an entry stamped `atMs` is written to: every replica of its minute and of the next. */
export const changeBucketsOf = (atMs: number, replicas: number): string[] =>
  [atMs, atMs + CHANGE_BUCKET_MS].flatMap((ms) =>
    Array.from({ length: replicas }, (_, replica) => changeBucketOf(ms, replica)),
  );

/** Sort key of an entry: time first, so `sk > cursor` reads everything after a moment. */
export const changeSortKeyOf = (atMs: number, tokenId: string): string =>
  `${new Date(atMs).toISOString()}#${tokenId}`;

/** The sort-key bound for "everything stamped after `ms`" (`#` sorts before any token id). */
export const changeCursorOf = (ms: number): string => new Date(ms).toISOString();

/** Whether one read of the bucket of `nowMs` holds every entry stamped after `cursorMs`. */
export const oneReadCovers = (cursorMs: number, nowMs: number): boolean =>
  cursorMs <= nowMs && Math.floor(nowMs / CHANGE_BUCKET_MS) - Math.floor(cursorMs / CHANGE_BUCKET_MS) <= 1;

export interface ChangeEntry {
  readonly pk: string;
  readonly sk: string;
  readonly tokenId: string;
  readonly ttl: number;
}

/** The items that announce a change of `tokenId` at `atMs`: 2 × `replicas`. */
export const changeEntriesOf = (tokenId: string, atMs: number, replicas: number): ChangeEntry[] =>
  changeBucketsOf(atMs, replicas).map((pk) => ({
    pk,
    sk: changeSortKeyOf(atMs, tokenId),
    tokenId,
    ttl: toEpochSeconds(new Date(atMs + CHANGE_RETENTION_MS)),
  }));

/**
 * The feed's load, as the README's model has it: each of `readers` warm instances reads its replica once a
 * second (a strongly consistent Query of a few small entries: 1 read unit), and each change writes 2 × K items
 * transactionally (2 write units each, under 1 KB).
 */
export const changeFeedLoadOf = (readers: number, changesPerSecond: number, replicas: number) => ({
  readUnitsPerPartitionPerSecond: Math.ceil(readers / replicas),
  readUnitsPerSecond: readers,
  writeUnitsPerPartitionPerSecond: changesPerSecond * 2,
  writeUnitsPerSecond: changesPerSecond * 2 * replicas * 2,
});

/** DynamoDB's limits on one partition, per second. */
export const PARTITION_LIMITS = { readUnits: 3_000, writeUnits: 1_000 } as const;
