import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../domain/errors.js';
import type { TokenRecord } from '../domain/token.js';
import { DirectoryTable } from './directory/directory-table.js';
import type { TableNames } from './tables.js';
import { noticeNotSent, tokenIsActive, tokenNotActive } from './token-conditions.js';
import {
  type AccompanyingSteps,
  stepsOf,
  type TransactionStep,
  transactWrite,
  transactWriteOnce,
} from './transact.js';

/** Where the sweeper has got to, in the Directory table. */
const WATERMARK_KEY = { pk: 'sweeper', sk: 'watermark' };

/**
 * The sweeper's view of the store: the sparse `bySweepDay` index of the Tokens table, where only tokens that
 * can expire appear, by the day they are due; the record of which expiry notices went out; and the
 * watermark, the first day not fully swept.
 */
export class SweepIndexRepository {
  /** The Directory table's reads and steps, where the watermark item lives. */
  readonly #directory: DirectoryTable;

  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tables: Pick<TableNames, 'tokens' | 'directory'>,
  ) {
    this.#directory = new DirectoryTable(client, tables.directory);
  }

  /** A step that starts the watermark at `day`, for a new instance. */
  public watermarkStep(day: string): TransactionStep {
    return this.#directory.putNewStep(WATERMARK_KEY, { day });
  }

  /** The first day (`YYYY-MM-DD`) the sweeper has not fully swept. */
  public async watermark(): Promise<string | undefined> {
    return (await this.#directory.get<{ day: string }>(WATERMARK_KEY))?.day;
  }

  /** Moves the watermark from `from` to `to`; false when another sweeper moved it first. */
  public async advanceWatermark(from: string | undefined, to: string): Promise<boolean> {
    try {
      await transactWrite(this.client, [
        {
          item: {
            Put: {
              TableName: this.tables.directory,
              Item: { ...WATERMARK_KEY, day: to },
              ConditionExpression: from === undefined ? 'attribute_not_exists(pk)' : '#day = :from',
              ...(from === undefined
                ? {}
                : {
                    ExpressionAttributeNames: { '#day': 'day' },
                    ExpressionAttributeValues: { ':from': from },
                  }),
            },
          },
        },
      ]);
      return true;
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }

  /** One page of a shard (`YYYY-MM-DD#n`) of the index. */
  public async page(
    shard: string,
    startKey?: Record<string, unknown>,
  ): Promise<{ readonly items: TokenRecord[]; readonly nextKey?: Record<string, unknown> }> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tables.tokens,
        IndexName: 'bySweepDay',
        KeyConditionExpression: 'sweepShard = :shard',
        ExpressionAttributeValues: { ':shard': shard },
        ExclusiveStartKey: startKey,
      }),
    );
    return {
      items: (result.Items ?? []) as TokenRecord[],
      ...(result.LastEvaluatedKey === undefined ? {} : { nextKey: result.LastEvaluatedKey }),
    };
  }

  /** Records that the `days`-before-end notice went out, once, with its audit event; false if it had. */
  public async markNoticeSent(tokenId: string, days: number, audit: AccompanyingSteps): Promise<boolean> {
    return transactWriteOnce(this.client, [
      {
        item: {
          Update: {
            TableName: this.tables.tokens,
            Key: { tokenId },
            UpdateExpression: 'SET noticesSent = list_append(if_not_exists(noticesSent, :none), :sent)',
            ConditionExpression: `${tokenIsActive} AND ${noticeNotSent}`,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':active': 'active', ':none': [], ':sent': [days], ':days': days },
          },
        },
        onConditionFailed: () => tokenNotActive(tokenId),
      },
      ...stepsOf(audit),
    ]);
  }
}
