import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalKeyward } from '../../local/local-keyward.js';

/** Every item of a table, page after page, read consistently: for checks over everything a test stored. */
export const scanAll = async (keyward: LocalKeyward, table: string): Promise<Record<string, any>[]> => {
  const items: Record<string, any>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await keyward.runtime.documents.send(
      new ScanCommand({ TableName: table, ConsistentRead: true, ExclusiveStartKey: start }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
  return items;
};
