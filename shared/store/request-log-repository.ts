import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { addDays, toEpochSeconds } from '../domain/clock.js';
import { decodeCursor, encodeCursor, type Page, type PageRequest } from './cursor.js';

/** Request logs of project (delivery) tokens: who fetched what, from where. Kept 30 days. */

export const REQUEST_LOG_RETENTION_DAYS = 30;

export interface RequestLogEntry {
  readonly id: string;
  readonly at: string;
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly userAgent: string | null;
  readonly sourceIp: string | null;
  /** From the deployment's trusted geo source (CloudFront viewer headers when configured), else null. */
  readonly country: string | null;
  readonly city: string | null;
  /** The verification code: VALID, or why the request was refused. */
  readonly outcome: string;
  /** Refused requests of this token not logged since the previous logged refusal (sampled to one a second). */
  readonly refusalsNotLogged?: number;
}

export type RequestLogInput = Omit<RequestLogEntry, 'id' | 'at'>;

export class RequestLogRepository {
  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  public async append(tokenId: string, at: Date, entry: RequestLogInput): Promise<void> {
    const id = ulid(at.getTime());
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: `token#${tokenId}`,
          sk: `${at.toISOString()}#${id}`,
          id,
          at: at.toISOString(),
          ...entry,
          ttl: toEpochSeconds(addDays(at, REQUEST_LOG_RETENTION_DAYS)),
        },
      }),
    );
  }

  /** Newest first. */
  public async list(tokenId: string, page: PageRequest): Promise<Page<RequestLogEntry>> {
    const pk = `token#${tokenId}`;
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ScanIndexForward: false,
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, ['pk', 'sk'], { pk }),
      }),
    );
    const items = (result.Items ?? []).map(
      ({ pk: _pk, sk: _sk, ttl: _ttl, ...entry }) => entry as RequestLogEntry,
    );
    return { items, nextCursor: encodeCursor(result.LastEvaluatedKey) };
  }
}
