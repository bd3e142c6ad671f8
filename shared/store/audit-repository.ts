import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type AuditEvent, auditTtl } from '../domain/audit-event.js';
import { isWebhookEvent, OUTBOX } from '../domain/webhooks.js';
import { decodeCursor, encodeCursor, type Page, type PageRequest } from './cursor.js';
import type { TransactionStep } from './transact.js';

/** Audit events live in the Events table under their scope, sorted by time (ULIDs break ties). */
export class AuditRepository {
  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The transaction step that records `event` alongside the change it describes. */
  public putStep(event: AuditEvent): TransactionStep {
    const { scope, ...body } = event;
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: {
            pk: scope,
            sk: `${event.at}#${event.id}`,
            ...body,
            ttl: auditTtl(event),
            // The webhook outbox: written with the change itself, so no event is lost between them.
            ...(isWebhookEvent(event.action) ? { outbox: OUTBOX.event, dueAt: event.at } : {}),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    };
  }

  /** Records an event that accompanies no change (a value shown again). */
  public async put(event: AuditEvent): Promise<void> {
    await this.client.send(new PutCommand(this.putStep(event).item.Put!));
  }

  /** Newest first. */
  public async list(scope: string, page: PageRequest): Promise<Page<AuditEvent>> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :scope',
        ExpressionAttributeValues: { ':scope': scope },
        ScanIndexForward: false,
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, ['pk', 'sk'], { pk: scope }),
      }),
    );
    const items = (result.Items ?? []).map(
      ({ pk, sk: _sk, ttl: _ttl, outbox: _outbox, dueAt: _dueAt, ...event }) =>
        ({ scope: pk, ...event }) as AuditEvent,
    );
    return { items, nextCursor: encodeCursor(result.LastEvaluatedKey) };
  }
}
