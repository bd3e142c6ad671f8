import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  changeBucketOf,
  changeCursorOf,
  changeEntriesOf,
  changeFeedReplicasProblem,
  DEFAULT_CHANGE_FEED_REPLICAS,
} from '../domain/change-feed.js';
import type { TransactionStep } from './transact.js';

/** What one read of the feed found: token ids changed after the cursor, and whether there was more. */
export interface ChangeFeedPage {
  readonly changes: readonly { readonly sk: string; readonly tokenId: string }[];
  /** More entries than one read returns: the reader should forget everything instead. */
  readonly truncated: boolean;
}

/** Entries per read; a burst beyond it (a mass revocation) makes readers drop their caches instead. */
const MAX_ENTRIES_PER_READ = 1_000;

/**
 * The token change feed in the Events table (see `domain/change-feed.ts`). Writers add its steps to the
 * transaction of the change itself, so an entry is visible exactly when the change is.
 */
export class ChangeFeedRepository {
  /** The replica this reader reads: picked at random, so readers spread evenly over the replicas. */
  readonly #replica: number;

  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly replicas: number = DEFAULT_CHANGE_FEED_REPLICAS,
    replica: number = Math.floor(Math.random() * replicas),
  ) {
    const problem = changeFeedReplicasProblem(replicas);
    if (problem !== undefined) throw new Error(problem);
    this.#replica = replica % replicas;
  }

  /** The steps announcing that `tokenId` changed at `at` (2 × replicas small puts). */
  public appendSteps(tokenId: string, at: Date | string): TransactionStep[] {
    return changeEntriesOf(tokenId, new Date(at).getTime(), this.replicas).map((entry) => ({
      item: { Put: { TableName: this.tableName, Item: entry } },
    }));
  }

  /** Entries stamped after `cursorMs`, from this reader's replica of the bucket of `nowMs`: one strongly consistent Query. */
  public async readSince(cursorMs: number, nowMs: number): Promise<ChangeFeedPage> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :bucket AND sk > :cursor',
        ExpressionAttributeValues: {
          ':bucket': changeBucketOf(nowMs, this.#replica),
          ':cursor': changeCursorOf(cursorMs),
        },
        ProjectionExpression: 'sk, tokenId',
        ConsistentRead: true,
        Limit: MAX_ENTRIES_PER_READ,
      }),
    );
    return {
      changes: (result.Items ?? []) as { sk: string; tokenId: string }[],
      truncated: result.LastEvaluatedKey !== undefined,
    };
  }
}
