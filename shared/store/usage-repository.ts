import { type DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { addDays, toEpochSeconds } from '../domain/clock.js';
import {
  type OutcomeCounts,
  USAGE_BOUNDS,
  USAGE_PARTITION_PREFIX,
  type UsageSubject,
  usageHourOf,
  usageHourStartMs,
} from '../domain/usage.js';

/**
 * Hourly verification counts in the Events table: one item per subject and hour (`pk = usage#<subject>`,
 * `sk = <hour>`), one number attribute per outcome code. Counts are added with `ADD`, so any number of
 * verifiers flush into the same item without reading it, and each item expires with its retention.
 */
export class UsageRepository {
  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Adds `counts` to a subject's hour: one write, whatever the number of codes. */
  public async add(subject: UsageSubject, hour: string, counts: OutcomeCounts): Promise<void> {
    const codes = Object.keys(counts);
    await this.client.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { pk: `${USAGE_PARTITION_PREFIX}${subject}`, sk: hour },
        UpdateExpression: `ADD ${codes.map((_, i) => `#c${i} :c${i}`).join(', ')} SET #ttl = if_not_exists(#ttl, :ttl)`,
        ExpressionAttributeNames: {
          '#ttl': 'ttl',
          ...Object.fromEntries(codes.map((code, i) => [`#c${i}`, code])),
        },
        ExpressionAttributeValues: {
          ':ttl': toEpochSeconds(addDays(new Date(usageHourStartMs(hour)), USAGE_BOUNDS.retentionDays)),
          ...Object.fromEntries(codes.map((code, i) => [`:c${i}`, counts[code]])),
        },
      }),
    );
  }

  /** A subject's hours from `fromMs` (inclusive) to `toMs` (exclusive), every page read. */
  public async hours(
    subject: UsageSubject,
    fromMs: number,
    toMs: number,
  ): Promise<{ readonly hour: string; readonly counts: OutcomeCounts }[]> {
    const hours: { hour: string; counts: OutcomeCounts }[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': `${USAGE_PARTITION_PREFIX}${subject}`,
            ':from': usageHourOf(fromMs),
            ':to': usageHourOf(toMs - 1),
          },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const { pk: _pk, sk, ttl: _ttl, ...counts } of page.Items ?? []) {
        hours.push({ hour: sk as string, counts: counts as OutcomeCounts });
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return hours;
  }
}
