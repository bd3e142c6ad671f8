import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { EncryptedPepper } from '../crypto/kms-key-provider.js';

/**
 * On AWS the peppers' KMS ciphertexts live in one Directory item, written by `npm run bootstrap` (and by
 * a rotation, which appends a version). Functions read it once per cold start and decrypt it with KMS.
 */
const PEPPERS_KEY = { pk: 'keys', sk: 'peppers' };

export class PepperStore {
  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  public async get(): Promise<readonly EncryptedPepper[]> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: PEPPERS_KEY, ConsistentRead: true }),
    );
    return (Item?.peppers as EncryptedPepper[] | undefined) ?? [];
  }

  /** Stores the first pepper; false when one exists already. */
  public async putFirst(pepper: EncryptedPepper): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...PEPPERS_KEY, peppers: [pepper] },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }
}
