import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type CreditRefill, type CreditSpend, creditPeriodOf } from '../domain/credits.js';
import type { TableNames } from './tables.js';
import { isConditionFailure } from './token-conditions.js';
import { type TransactionStep, transactWriteOnce } from './transact.js';

// The balance covers the cost: a spend never takes a token below zero, whatever races it.
const balanceCoversCost = 'creditsRemaining >= :cost';
// The balance belongs to the current refill period; an older one is refilled first.
const balanceIsForPeriod = 'creditsPeriod = :period';
// A refill replaces only an older period's balance: of racing first spends of a period, one refills, and a
// verifier whose clock is a little behind never refills over a newer period's balance. (Period keys of one
// refill setting sort by time; a new setting writes its own period.)
const periodIsOlder =
  'attribute_exists(creditsRemaining) AND (attribute_not_exists(creditsPeriod) OR creditsPeriod < :period)';

// A low-credits notice goes out once per refill period (or grant), however many spends see the balance low.
const noticeNotAnnounced =
  'attribute_exists(creditsRemaining) AND (attribute_not_exists(creditsLowNotice) OR creditsLowNotice <> :key)';

/** Spends tried before a spend that keeps losing races is refused (each loss means another write landed). */
const MAX_SPEND_ATTEMPTS = 4;

/**
 * Credits of a token or an identity, spent on its item by one conditional write per allowed verification: DynamoDB
 * applies writes to one item in order, so 100 racing verifications of a token with 10 credits allow
 * exactly 10. A refill is lazy — the first spend of a new period writes the period's balance — and
 * happens exactly once per period, being conditional on the period it replaces.
 */
export class CreditRepository {
  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tables: Pick<TableNames, 'tokens'>,
  ) {}

  public async spend(
    holder: { readonly key: string; readonly creditsRefill?: CreditRefill },
    cost: number,
    now: Date,
  ): Promise<CreditSpend> {
    const refill = holder.creditsRefill;
    let period = refill === undefined ? undefined : creditPeriodOf(refill, now);
    // A failed spend is re-judged on a fresh read: the balance may have been refilled or topped up between the
    // two (another racer's refill of this period), and then the spend is tried again — never refused while
    // the balance covers it. Each retry follows a write by someone else, so a few attempts settle every race.
    for (let attempt = 0; attempt < MAX_SPEND_ATTEMPTS; attempt += 1) {
      const spent = await this.#spendFromBalance(holder.key, cost, period);
      if (spent !== undefined) return spent;
      const current = await this.#read(holder.key);
      if (current.creditsRemaining === undefined) return { spent: true };
      const stored = current.creditsPeriod;
      if (refill === undefined || stored === period || (stored !== undefined && stored > period!)) {
        if (current.creditsRemaining < cost) return { spent: false, remaining: current.creditsRemaining };
        // A newer period than this clock's: another verifier's clock is ahead; spend from its balance.
        period = stored;
        continue;
      }
      const refilled = await this.#refillAndSpend(holder.key, refill, period!, cost);
      if (refilled !== undefined) return refilled;
    }
    return { spent: false, remaining: (await this.#read(holder.key)).creditsRemaining ?? 0 };
  }

  /** The spend of a period's balance; `undefined` when the condition failed (empty, or an older period). */
  async #spendFromBalance(
    key: string,
    cost: number,
    period: string | undefined,
  ): Promise<CreditSpend | undefined> {
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tables.tokens,
          Key: { tokenId: key },
          UpdateExpression: 'SET creditsRemaining = creditsRemaining - :cost',
          ConditionExpression:
            period === undefined ? balanceCoversCost : `${balanceCoversCost} AND ${balanceIsForPeriod}`,
          ExpressionAttributeValues: {
            ':cost': cost,
            ...(period === undefined ? {} : { ':period': period }),
          },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return { spent: true, remaining: Attributes?.creditsRemaining as number };
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  /** The period's balance written, less this spend when it covers it; `undefined` if another spend refilled first. */
  async #refillAndSpend(
    key: string,
    refill: CreditRefill,
    period: string,
    cost: number,
  ): Promise<CreditSpend | undefined> {
    const covers = refill.amount >= cost;
    const remaining = covers ? refill.amount - cost : refill.amount;
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tables.tokens,
          Key: { tokenId: key },
          UpdateExpression:
            'SET creditsRemaining = :remaining, creditsPeriod = :period, creditsGrant = :amount',
          ConditionExpression: periodIsOlder,
          ExpressionAttributeValues: { ':remaining': remaining, ':period': period, ':amount': refill.amount },
        }),
      );
      return { spent: covers, remaining, refilledTo: refill.amount };
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  /** Records that credits ran low for `noticeKey`, with its audit event; false if that was announced already. */
  public async markLow(key: string, noticeKey: string, audit: TransactionStep): Promise<boolean> {
    return transactWriteOnce(this.client, [
      {
        item: {
          Update: {
            TableName: this.tables.tokens,
            Key: { tokenId: key },
            UpdateExpression: 'SET creditsLowNotice = :key',
            ConditionExpression: noticeNotAnnounced,
            ExpressionAttributeValues: { ':key': noticeKey },
          },
        },
      },
      audit,
    ]);
  }

  async #read(key: string): Promise<{ creditsRemaining?: number; creditsPeriod?: string }> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tables.tokens,
        Key: { tokenId: key },
        ConsistentRead: true,
        ProjectionExpression: 'creditsRemaining, creditsPeriod',
      }),
    );
    return (Item ?? {}) as { creditsRemaining?: number; creditsPeriod?: string };
  }
}
