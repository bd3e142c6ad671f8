import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { TokenRecord } from '../domain/token.js';
import type { TableNames } from './tables.js';
import { noticeNotSent, tokenIsActive, tokenNotActive } from './token-conditions.js';
import { type AccompanyingSteps, stepsOf, transactWriteOnce } from './transact.js';

/**
 * The sweeper's view of the Tokens table: the sparse `bySweepDay` index, where only tokens that can expire
 * appear, by the day they are due; and the record of which expiry notices went out.
 */
export class SweepIndexRepository {
  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tables: Pick<TableNames, 'tokens'>,
  ) {}

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
