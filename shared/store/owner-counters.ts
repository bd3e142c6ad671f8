import { type DynamoDBDocumentClient, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TokenLimitReachedError } from '../domain/errors.js';
import type { TableNames } from './tables.js';
import { counterAboveZero, counterBelowLimit, isConditionFailure } from './token-conditions.js';
import type { TransactionStep } from './transact.js';

const COUNTER_SORT_KEY = 'counter#tokens';

/**
 * The active-token counter of each owner (a Directory item per counter key): moved in the same transaction
 * as the token it counts, recounted from the Tokens table and corrected by the sweeper when they disagree.
 */
export class OwnerCounterRepository {
  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tables: Pick<TableNames, 'tokens' | 'directory'>,
  ) {}

  /** +1 below `max` (the limit check), or −1 (never below zero), as a step of a token's transaction. */
  public step(counterKey: string, delta: 1 | -1, max?: number): TransactionStep {
    const update = { TableName: this.tables.directory, Key: { pk: counterKey, sk: COUNTER_SORT_KEY } };
    if (delta < 0) {
      return {
        item: {
          Update: {
            ...update,
            UpdateExpression: 'SET activeTokens = activeTokens - :one',
            ConditionExpression: counterAboveZero,
            ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
          },
        },
      };
    }
    return {
      item: {
        Update: {
          ...update,
          UpdateExpression: 'SET activeTokens = if_not_exists(activeTokens, :zero) + :one',
          ConditionExpression: counterBelowLimit,
          ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':max': max },
        },
      },
      onConditionFailed: () =>
        new TokenLimitReachedError(`The limit of ${max} active tokens is reached here; revoke one first.`),
    };
  }

  /** The count as the counter item holds it. */
  public async read(counterKey: string): Promise<number> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tables.directory,
        Key: { pk: counterKey, sk: COUNTER_SORT_KEY },
        ConsistentRead: true,
      }),
    );
    return (Item?.activeTokens as number | undefined) ?? 0;
  }

  /** Active tokens of an owner, counted by the store from the byOwner index (no items travel back). */
  public async recount(ownerKey: string): Promise<number> {
    let count = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tables.tokens,
          IndexName: 'byOwner',
          KeyConditionExpression: 'ownerKey = :ownerKey',
          FilterExpression: '#status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':ownerKey': ownerKey, ':active': 'active' },
          Select: 'COUNT',
          ExclusiveStartKey: startKey,
        }),
      );
      count += result.Count ?? 0;
      startKey = result.LastEvaluatedKey;
    } while (startKey !== undefined);
    return count;
  }

  /** Sets the counter to a recomputed value, if it still holds the value it was compared against. */
  public async correct(counterKey: string, from: number, to: number): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tables.directory,
          Key: { pk: counterKey, sk: COUNTER_SORT_KEY },
          UpdateExpression: 'SET activeTokens = :to',
          // A token created or ended since the recount moved the counter: leave it for the next run.
          ConditionExpression:
            from === 0
              ? 'attribute_not_exists(activeTokens) OR activeTokens = :from'
              : 'activeTokens = :from',
          ExpressionAttributeValues: { ':from': from, ':to': to },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
