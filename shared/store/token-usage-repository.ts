import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { TableNames } from './tables.js';
import { isConditionFailure, notUsedSince, tokenIsActive } from './token-conditions.js';

/** The verification hot path's one write: a token's last use, and the end it moves (inactivity expiry). */
export class TokenUsageRepository {
  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tables: Pick<TableNames, 'tokens'>,
  ) {}

  /**
   * Records a use: moves lastUsedAt and the expiry attributes, but at most once per `notBefore` window; false
   * when the window already has its write (or the token is no longer active).
   */
  public async touch(
    tokenId: string,
    usedAt: string,
    notBefore: string,
    changes: Readonly<Record<string, unknown>>,
  ): Promise<boolean> {
    const names = Object.keys(changes);
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tables.tokens,
          Key: { tokenId },
          UpdateExpression: `SET lastUsedAt = :usedAt${names.map((_, i) => `, #f${i} = :v${i}`).join('')}`,
          ConditionExpression: `${tokenIsActive} AND ${notUsedSince}`,
          ExpressionAttributeNames: {
            '#status': 'status',
            ...Object.fromEntries(names.map((n, i) => [`#f${i}`, n])),
          },
          ExpressionAttributeValues: {
            ':active': 'active',
            ':usedAt': usedAt,
            ':notBefore': notBefore,
            ...Object.fromEntries(names.map((n, i) => [`:v${i}`, changes[n]])),
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
