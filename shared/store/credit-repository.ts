import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type CreditRefill, type CreditSpend, creditPeriodOf } from '../domain/credits.js';
import type { TableNames } from './tables.js';
import { isConditionFailure } from './token-conditions.js';
import { type TransactionStep, transactWriteOnce } from './transact.js';

// The balance covers the cost: a spend never takes a token below zero, whatever races it.
const balanceCoversCost = 'creditsRemaining >= :cost';
// The balance belongs to the current refill period; an older one is refilled first.
const balanceIsForPeriod = 'creditsPeriod = :period';
// A refill replaces only an older period's balance: of racing first spends of a period, one refills.
const periodIsOlder =
  'attribute_exists(creditsRemaining) AND (attribute_not_exists(creditsPeriod) OR creditsPeriod <> :period)';

// A low-credits notice goes out once per refill period (or grant), however many spends see the balance low.
const noticeNotAnnounced =
  'attribute_exists(creditsRemaining) AND (attribute_not_exists(creditsLowNotice) OR creditsLowNotice <> :key)';

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
    const period = refill === undefined ? undefined : creditPeriodOf(refill, now);
    // At most one lost refill race: then the balance is the new period's and the spend goes through.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const spent = await this.#spendFromBalance(holder.key, cost, period);
      if (spent !== undefined) return spent;
      const current = await this.#read(holder.key);
      if (current.creditsRemaining === undefined) return { spent: true };
      if (refill === undefined || current.creditsPeriod === period) {
        return { spent: false, remaining: current.creditsRemaining };
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
