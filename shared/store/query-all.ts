import { type DynamoDBDocumentClient, paginateQuery, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';

/** Every item a query finds, page after page (a query answers at most 1 MB at a time), as `T`. */
export const queryAll = async <T = Record<string, unknown>>(
  client: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
): Promise<T[]> => {
  const items: T[] = [];
  for await (const page of paginateQuery({ client }, input)) items.push(...((page.Items ?? []) as T[]));
  return items;
};
