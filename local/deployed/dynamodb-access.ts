import type { TableModel } from './model.js';

/**
 * What IAM sees of a DynamoDB request: each action it performs, on which table or index ARN, and the
 * partition keys it touches (`dynamodb:LeadingKeys`). A transaction or batch is the action of each item.
 */

export interface DynamoDbAccess {
  readonly action: string;
  readonly resource: string;
  readonly leadingKeys: readonly string[];
}

type AttributeValue = Record<string, unknown>;
type Item = Record<string, AttributeValue>;

interface Request {
  readonly TableName?: string;
  readonly IndexName?: string;
  readonly Key?: Item;
  readonly Item?: Item;
  readonly KeyConditionExpression?: string;
  readonly ExpressionAttributeNames?: Record<string, string>;
  readonly ExpressionAttributeValues?: Item;
  readonly RequestItems?: Record<string, unknown>;
  readonly TransactItems?: Record<string, Request>[];
}

const scalar = (value: AttributeValue | undefined): string | undefined => {
  const [type, raw] = Object.entries(value ?? {})[0] ?? [];
  return type === 'S' || type === 'N' || type === 'B' ? String(raw) : undefined;
};

/** The partition key value a Query's key condition fixes (`#pk = :pk`, in any order, among ANDs). */
const queriedKey = (request: Request, partitionKey: string): string[] => {
  const names = request.ExpressionAttributeNames ?? {};
  const nameOf = (token: string) => names[token] ?? token;
  for (const term of (request.KeyConditionExpression ?? '').replace(/[()]/g, ' ').split(/\s+AND\s+/i)) {
    const match = /^\s*(\S+)\s*=\s*(\S+)\s*$/.exec(term);
    if (match === null) continue;
    const [, left = '', right = ''] = match;
    const sides: Array<[string, string]> = [
      [left, right],
      [right, left],
    ];
    for (const [name, value] of sides) {
      if (nameOf(name) === partitionKey && value.startsWith(':')) {
        const key = scalar(request.ExpressionAttributeValues?.[value]);
        if (key !== undefined) return [key];
      }
    }
  }
  return [];
};

const TRANSACT_ACTIONS: Record<string, string> = {
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  ConditionCheck: 'ConditionCheckItem',
  Get: 'GetItem',
};

/** Every access a request of `operation` (X-Amz-Target's name) makes, for the tables of the deployment. */
export const accessesOf = (
  operation: string,
  request: Request,
  tableNamed: (name: string) => TableModel | undefined,
): DynamoDbAccess[] => {
  const arnOf = (name: string | undefined) =>
    tableNamed(name ?? '')?.arn ?? `arn:aws:dynamodb:::table/${name}`;
  const keyOf = (name: string | undefined, item: Item | undefined): string[] => {
    const table = tableNamed(name ?? '');
    const value = table === undefined ? undefined : scalar(item?.[table.partitionKey]);
    return value === undefined ? [] : [value];
  };
  switch (operation) {
    case 'GetItem':
    case 'DeleteItem':
    case 'UpdateItem':
      return [
        {
          action: operation,
          resource: arnOf(request.TableName),
          leadingKeys: keyOf(request.TableName, request.Key),
        },
      ];
    case 'PutItem':
      return [
        {
          action: operation,
          resource: arnOf(request.TableName),
          leadingKeys: keyOf(request.TableName, request.Item),
        },
      ];
    case 'Query':
    case 'Scan': {
      const table = tableNamed(request.TableName ?? '');
      const index = table?.definition.GlobalSecondaryIndexes?.find(
        (gsi) => gsi.IndexName === request.IndexName,
      );
      const partitionKey =
        index === undefined
          ? table?.partitionKey
          : (index.KeySchema as { AttributeName: string; KeyType: string }[]).find(
              (key) => key.KeyType === 'HASH',
            )?.AttributeName;
      return [
        {
          action: operation,
          resource:
            request.IndexName === undefined
              ? arnOf(request.TableName)
              : `${arnOf(request.TableName)}/index/${request.IndexName}`,
          leadingKeys:
            operation === 'Query' && partitionKey !== undefined ? queriedKey(request, partitionKey) : [],
        },
      ];
    }
    case 'BatchGetItem':
    case 'BatchWriteItem':
      return Object.entries(request.RequestItems ?? {}).map(([name, items]) => {
        const keys =
          operation === 'BatchGetItem'
            ? ((items as { Keys?: Item[] }).Keys ?? [])
            : (items as { PutRequest?: { Item: Item }; DeleteRequest?: { Key: Item } }[]).map(
                (write) => write.PutRequest?.Item ?? write.DeleteRequest?.Key ?? {},
              );
        return {
          action: operation,
          resource: arnOf(name),
          leadingKeys: keys.flatMap((key) => keyOf(name, key)),
        };
      });
    case 'TransactWriteItems':
    case 'TransactGetItems':
      return (request.TransactItems ?? []).flatMap((entry) =>
        Object.entries(entry).map(([kind, item]) => ({
          action: TRANSACT_ACTIONS[kind] ?? kind,
          resource: arnOf(item.TableName),
          leadingKeys: keyOf(item.TableName, item.Key ?? item.Item),
        })),
      );
    default:
      return [{ action: operation, resource: arnOf(request.TableName), leadingKeys: [] }];
  }
};
