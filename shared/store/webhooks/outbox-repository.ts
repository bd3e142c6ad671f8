import { type DynamoDBDocumentClient, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { addDays, toEpochSeconds } from '../../domain/clock.js';
import { NotFoundError } from '../../domain/errors.js';
import {
  type DeliveryAttempt,
  type NewDelivery,
  OUTBOX,
  type WebhookDelivery,
} from '../../domain/webhooks.js';
import { decodeCursor, encodeCursor, type Page, type PageRequest } from '../cursor.js';
import type { TableNames } from '../tables.js';
import { type TransactionStep, transactWrite, transactWriteOnce } from '../transact.js';

/** Deliveries are kept this long for their log. */
const DELIVERY_RETENTION_DAYS = 30;
const DELIVERY_PARTITION_PREFIX = 'webhook-deliveries#';
const deliveryPartition = (endpointId: string) => `${DELIVERY_PARTITION_PREFIX}${endpointId}`;

const toDelivery = ({ pk, sk, outbox: _o, dueAt, ttl: _t, ...rest }: Record<string, unknown>) =>
  ({
    ...rest,
    id: sk,
    endpointId: String(pk).slice(DELIVERY_PARTITION_PREFIX.length),
    ...(dueAt === undefined ? {} : { nextAttemptAt: dueAt }),
  }) as WebhookDelivery;

/**
 * The webhook outbox and the deliveries' log, in the Events table: an event waiting to be fanned out, and a
 * partition of deliveries per endpoint, newest last. A pending delivery carries `outbox = delivery` and
 * `dueAt`, which puts it in the sparse `byOutbox` index until it is delivered or has failed for good.
 */
export class WebhookOutboxRepository {
  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tables: Pick<TableNames, 'events'>,
  ) {}

  /**
   * Turns an outbox event into its deliveries, and takes it out of the outbox, in one transaction: a crash
   * before it leaves the event for the next run. `false` when another dispatcher fanned it out first.
   */
  public async fanOut(
    event: { readonly pk: string; readonly sk: string },
    deliveries: readonly NewDelivery[],
  ): Promise<boolean> {
    return transactWriteOnce(this.client, [
      ...deliveries.map((delivery) => this.#deliveryStep(delivery)),
      {
        item: {
          Update: {
            TableName: this.tables.events,
            Key: { pk: event.pk, sk: event.sk },
            UpdateExpression: 'REMOVE outbox, dueAt',
            ConditionExpression: 'outbox = :event',
            ExpressionAttributeValues: { ':event': OUTBOX.event },
          },
        },
      },
    ]);
  }

  /** Queues one delivery that no audit event caused (a test delivery a person asked for). */
  public async putDelivery(delivery: NewDelivery): Promise<void> {
    await transactWrite(this.client, [this.#deliveryStep(delivery)]);
  }

  /** A new delivery, pending and due at once; never a second one for the same event and endpoint. */
  #deliveryStep(delivery: NewDelivery): TransactionStep {
    return {
      item: {
        Put: {
          TableName: this.tables.events,
          Item: {
            pk: deliveryPartition(delivery.endpointId),
            sk: delivery.id,
            scope: delivery.scope,
            scheduledFrom: delivery.scheduledFrom,
            type: delivery.type,
            payload: delivery.payload,
            status: 'pending',
            attempts: [],
            createdAt: delivery.createdAt,
            outbox: OUTBOX.delivery,
            dueAt: delivery.scheduledFrom,
            ttl: toEpochSeconds(addDays(new Date(delivery.createdAt), DELIVERY_RETENTION_DAYS)),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    };
  }

  /** Audit events waiting to be fanned out, oldest first. */
  public async dueEvents(now: string, limit: number): Promise<Record<string, unknown>[]> {
    return this.#due(OUTBOX.event, now, limit);
  }

  /** Deliveries whose next attempt is due by `now`, oldest first. */
  public async dueDeliveries(now: string, limit: number): Promise<WebhookDelivery[]> {
    return (await this.#due(OUTBOX.delivery, now, limit)).map(toDelivery);
  }

  /** Up to `limit` items, over as many pages as it takes. */
  async #due(partition: string, now: string, limit: number): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tables.events,
          IndexName: 'byOutbox',
          KeyConditionExpression: 'outbox = :partition AND dueAt <= :now',
          ExpressionAttributeValues: { ':partition': partition, ':now': now },
          Limit: limit - items.length,
          ...(startKey === undefined ? {} : { ExclusiveStartKey: startKey }),
        }),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined && items.length < limit);
    return items;
  }

  public async delivery(endpointId: string, id: string): Promise<WebhookDelivery | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tables.events,
        Key: { pk: deliveryPartition(endpointId), sk: id },
        ConsistentRead: true,
      }),
    );
    return Item === undefined ? undefined : toDelivery(Item);
  }

  /**
   * Records an attempt, if no other dispatcher recorded one since this one read the delivery (`attemptsRead`):
   * the next one due, or the end (`delivered` or `failed`), which takes it out of the outbox.
   */
  public async recordAttempt(
    delivery: Pick<WebhookDelivery, 'endpointId' | 'id'>,
    attemptsRead: number,
    attempt: DeliveryAttempt,
    next:
      | { readonly status: 'pending'; readonly dueAt: string }
      | { readonly status: 'delivered' | 'failed' },
  ): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tables.events,
          Key: { pk: deliveryPartition(delivery.endpointId), sk: delivery.id },
          UpdateExpression:
            next.status === 'pending'
              ? 'SET attempts = list_append(attempts, :attempt), #status = :status, dueAt = :dueAt'
              : 'SET attempts = list_append(attempts, :attempt), #status = :status REMOVE outbox, dueAt',
          ConditionExpression: 'size(attempts) = :read',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':attempt': [attempt],
            ':status': next.status,
            ':read': attemptsRead,
            ...(next.status === 'pending' ? { ':dueAt': next.dueAt } : {}),
          },
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /** Puts a delivery back in the outbox, due now (a redelivery asked for by a person). */
  public async redeliver(endpointId: string, id: string, now: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tables.events,
          Key: { pk: deliveryPartition(endpointId), sk: id },
          UpdateExpression:
            'SET #status = :pending, outbox = :delivery, dueAt = :now, scheduledFrom = :now, attempts = :none',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':pending': 'pending',
            ':delivery': OUTBOX.delivery,
            ':now': now,
            ':none': [],
          },
        }),
      );
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException')
        throw new NotFoundError(`Delivery ${id} was not found.`);
      throw error;
    }
  }

  /** An endpoint's deliveries, newest first. */
  public async deliveries(endpointId: string, page: PageRequest): Promise<Page<WebhookDelivery>> {
    const pk = deliveryPartition(endpointId);
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tables.events,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ScanIndexForward: false,
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, ['pk', 'sk'], { pk }),
      }),
    );
    return { items: (result.Items ?? []).map(toDelivery), nextCursor: encodeCursor(result.LastEvaluatedKey) };
  }
}
