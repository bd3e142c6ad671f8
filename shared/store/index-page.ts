import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor, type Page, type PageRequest } from './cursor.js';

/** A page of a Tokens-table index partition, newest first (its sort key is `createdAt`). */
export const newestFirstPage = async <T>(
  client: DynamoDBDocumentClient,
  query: {
    readonly table: string;
    readonly index: 'byOwner' | 'byIdentity';
    /** The index's partition key attribute and the partition to read. */
    readonly partition: readonly [attribute: string, value: string];
    readonly page: PageRequest;
  },
): Promise<Page<T>> => {
  const [attribute, value] = query.partition;
  const result = await client.send(
    new QueryCommand({
      TableName: query.table,
      IndexName: query.index,
      KeyConditionExpression: '#partition = :partition',
      ExpressionAttributeNames: { '#partition': attribute },
      ExpressionAttributeValues: { ':partition': value },
      ScanIndexForward: false,
      Limit: query.page.limit,
      // A cursor must come from this partition: a forged one cannot point the query anywhere else.
      ExclusiveStartKey: decodeCursor(query.page.cursor, ['tokenId', attribute, 'createdAt'], {
        [attribute]: value,
      }),
    }),
  );
  return { items: (result.Items ?? []) as T[], nextCursor: encodeCursor(result.LastEvaluatedKey) };
};
