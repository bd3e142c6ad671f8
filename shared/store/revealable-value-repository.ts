import { DeleteCommand, type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SealedValue } from '../crypto/sealed-value.js';
import { forEachAtMost } from '../domain/concurrency.js';
import { queryAll } from './query-all.js';
import type { TransactionStep } from './transact.js';

/** Deletes at once when a workspace or project turns `revealable` off. */
const DELETE_CONCURRENCY = 16;

/**
 * The sealed values of revealable tokens, in the Directory table under their tenant: `pk = reveal#<scope>`
 * (`workspace#<id>` or `project#<id>`), `sk = <tokenId>`. Apart from the token items, so nothing that reads,
 * lists or caches tokens ever holds one; under one partition per tenant, so turning the setting off finds
 * every one with a strongly consistent query.
 */
export class RevealableValueRepository {
  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  public putStep(scope: string, tokenId: string, value: SealedValue, createdAt: string): TransactionStep {
    return {
      item: { Put: { TableName: this.table, Item: { ...keyOf(scope, tokenId), ...value, createdAt } } },
    };
  }

  public deleteStep(scope: string, tokenId: string): TransactionStep {
    return { item: { Delete: { TableName: this.table, Key: keyOf(scope, tokenId) } } };
  }

  public async get(scope: string, tokenId: string): Promise<SealedValue | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.table,
        Key: keyOf(scope, tokenId),
        ProjectionExpression: 'wrappedKey, sealed',
        ConsistentRead: true,
      }),
    );
    return Item as SealedValue | undefined;
  }

  /** Deletes every sealed value of a tenant; how many there were. */
  public async deleteAll(scope: string): Promise<number> {
    const keys = await queryAll(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': partitionOf(scope) },
      ProjectionExpression: 'pk, sk',
      ConsistentRead: true,
    });
    await forEachAtMost(DELETE_CONCURRENCY, keys, async (key) => {
      await this.client.send(new DeleteCommand({ TableName: this.table, Key: key }));
    });
    return keys.length;
  }
}

const partitionOf = (scope: string) => `reveal#${scope}`;
const keyOf = (scope: string, tokenId: string) => ({ pk: partitionOf(scope), sk: tokenId });
