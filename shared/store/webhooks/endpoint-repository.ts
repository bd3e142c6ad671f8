import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { NotFoundError } from '../../domain/errors.js';
import type { WebhookEndpoint } from '../../domain/webhooks.js';
import type { TableNames } from '../tables.js';
import { type TransactionStep, transactWrite } from '../transact.js';
import { attributeUpdateOf } from '../update-expression.js';

const ENDPOINT_PREFIX = 'webhook#';

/** Webhook endpoints, in the Directory table under their workspace or project (`webhook#<id>`). */
export class WebhookEndpointRepository {
  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tables: Pick<TableNames, 'directory'>,
  ) {}

  /** The endpoints of a workspace or project (`workspace#<id>`). */
  public async ofScope(scope: string): Promise<WebhookEndpoint[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tables.directory,
        KeyConditionExpression: 'pk = :scope AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':scope': scope, ':prefix': ENDPOINT_PREFIX },
        ConsistentRead: true,
      }),
    );
    return (result.Items ?? []).map(
      ({ pk, sk: _sk, ...rest }) => ({ ...rest, scope: pk }) as WebhookEndpoint,
    );
  }

  public async get(scope: string, id: string): Promise<WebhookEndpoint | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tables.directory,
        Key: { pk: scope, sk: `${ENDPOINT_PREFIX}${id}` },
        ConsistentRead: true,
      }),
    );
    if (Item === undefined) return undefined;
    const { pk, sk: _sk, ...rest } = Item;
    return { ...rest, scope: pk } as WebhookEndpoint;
  }

  public async put(endpoint: WebhookEndpoint, audit: TransactionStep): Promise<void> {
    const { scope, ...rest } = endpoint;
    await transactWrite(this.client, [
      {
        item: {
          Put: {
            TableName: this.tables.directory,
            Item: { pk: scope, sk: `${ENDPOINT_PREFIX}${endpoint.id}`, ...rest },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
      audit,
    ]);
  }

  public async update(
    scope: string,
    id: string,
    changes: Readonly<Record<string, unknown>>,
    audit: TransactionStep,
  ): Promise<void> {
    const update = attributeUpdateOf(changes);
    await transactWrite(this.client, [
      {
        item: {
          Update: {
            TableName: this.tables.directory,
            Key: { pk: scope, sk: `${ENDPOINT_PREFIX}${id}` },
            ...update,
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        onConditionFailed: () => new NotFoundError(`Webhook endpoint ${id} was not found.`),
      },
      audit,
    ]);
  }

  public async delete(scope: string, id: string, audit: TransactionStep): Promise<void> {
    await transactWrite(this.client, [
      {
        item: {
          Delete: {
            TableName: this.tables.directory,
            Key: { pk: scope, sk: `${ENDPOINT_PREFIX}${id}` },
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        onConditionFailed: () => new NotFoundError(`Webhook endpoint ${id} was not found.`),
      },
      audit,
    ]);
  }
}
