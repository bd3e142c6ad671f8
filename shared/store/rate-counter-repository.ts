import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { toEpochSeconds } from '../domain/clock.js';
import type { RateWindow } from '../domain/rate-limit.js';

/** Counter items outlive their window by this much before TTL removes them (they are never read after). */
const COUNTER_RETENTION_SECONDS = 3_600;

/**
 * Fixed-window request counters, one item per token and window in the Tokens table (`rate#<id>#<start>`;
 * token ids are hex, so the keys never meet a token). One conditional `ADD` both checks and counts, so the
 * count is exact however many authorizer instances race: DynamoDB applies updates to one item in order.
 */
export class RateCounterRepository {
  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Counts one request in `window`; `false` (nothing counted) when the window's limit is already used. */
  public async consume(window: RateWindow): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { tokenId: window.counterId },
          UpdateExpression: 'ADD requests :one SET #ttl = if_not_exists(#ttl, :ttl)',
          ConditionExpression: 'attribute_not_exists(requests) OR requests < :limit',
          ExpressionAttributeNames: { '#ttl': 'ttl' },
          ExpressionAttributeValues: {
            ':one': 1,
            ':limit': window.limit,
            ':ttl': toEpochSeconds(new Date(window.endMs)) + COUNTER_RETENTION_SECONDS,
          },
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }
}
