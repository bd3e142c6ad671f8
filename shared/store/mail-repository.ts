import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { addDays, toEpochSeconds } from '../domain/clock.js';
import type { ExpiryNotice } from '../domain/expiry-notice.js';
import { queryAll } from './query-all.js';
import type { TransactionStep } from './transact.js';

/** A notice not yet mailed goes after this long (its token has ended by then). */
const PENDING_RETENTION_DAYS = 62;
/** A day's "mailed" mark is needed only that day. */
const SENT_RETENTION_DAYS = 3;

const PENDING_PARTITION = 'mail#pending';

/** A notice waiting for its recipient's next digest. */
export interface PendingNotice extends ExpiryNotice {
  readonly principalId: string;
}

/**
 * Mail waiting to be sent, in the Events table: `pk = mail#pending`, `sk = <principalId>#<tokenId>#<days>` —
 * one partition, so the sender reads every recipient's waiting notices with one query — and, for each
 * recipient and day mailed, `pk = mail#sent#<principalId>, sk = <day>`: at most one digest a day.
 */
export class MailRepository {
  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Queues a notice for a recipient, with the change that issued it (so issuing and queueing are one). */
  public pendingStep(notice: PendingNotice, now: Date): TransactionStep {
    return {
      item: {
        Put: {
          TableName: this.table,
          Item: {
            ...pendingKey(notice),
            ...notice,
            ttl: toEpochSeconds(addDays(now, PENDING_RETENTION_DAYS)),
          },
        },
      },
    };
  }

  public async pending(): Promise<PendingNotice[]> {
    const items = await queryAll<PendingNotice & { pk: string; sk: string; ttl: number }>(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PENDING_PARTITION },
      ConsistentRead: true,
    });
    return items.map(({ pk: _pk, sk: _sk, ttl: _ttl, ...notice }) => notice);
  }

  public async removePending(notice: PendingNotice): Promise<void> {
    await this.client.send(
      new DeleteCommand({
        TableName: this.table,
        Key: pendingKey(notice),
      }),
    );
  }

  /** Marks `day` as mailed for a recipient; `false` when it already was (by this run or another). */
  public async claimDay(principalId: string, day: string, now: Date): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...sentKey(principalId, day), ttl: toEpochSeconds(addDays(now, SENT_RETENTION_DAYS)) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /** Gives a day back when its digest could not be sent, so a later run tries again. */
  public async releaseDay(principalId: string, day: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.table, Key: sentKey(principalId, day) }));
  }
}

const pendingKey = (notice: PendingNotice) => ({
  pk: PENDING_PARTITION,
  sk: `${notice.principalId}#${notice.tokenId}#${notice.daysLeft}`,
});
const sentKey = (principalId: string, day: string) => ({ pk: `mail#sent#${principalId}`, sk: day });
