import {
  type AttributeDefinition,
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  type KeySchemaElement,
  type Projection,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type { IndexDefinition, KeyAttribute, TableDefinition } from './tables.js';

/** Creates missing tables from the shared definitions; used by the local runtime, tests and benchmarks. */

const keySchema = (partitionKey: KeyAttribute, sortKey?: KeyAttribute): KeySchemaElement[] => [
  { AttributeName: partitionKey.name, KeyType: 'HASH' },
  ...(sortKey === undefined ? [] : [{ AttributeName: sortKey.name, KeyType: 'RANGE' as const }]),
];

const projectionOf = (projection: IndexDefinition['projection']): Projection =>
  typeof projection === 'string'
    ? { ProjectionType: projection }
    : { ProjectionType: 'INCLUDE', NonKeyAttributes: [...projection] };

const attributeDefinitions = (table: TableDefinition): AttributeDefinition[] => {
  const keys = [
    table.partitionKey,
    table.sortKey,
    ...table.globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
  ];
  const byName = new Map(keys.filter((k): k is KeyAttribute => k !== undefined).map((k) => [k.name, k.type]));
  return [...byName].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType }));
};

export const createTableInput = (table: TableDefinition, tableName: string): CreateTableCommandInput => ({
  TableName: tableName,
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: attributeDefinitions(table),
  KeySchema: keySchema(table.partitionKey, table.sortKey),
  ...(table.globalSecondaryIndexes.length === 0
    ? {}
    : {
        GlobalSecondaryIndexes: table.globalSecondaryIndexes.map((index) => ({
          IndexName: index.indexName,
          KeySchema: keySchema(index.partitionKey, index.sortKey),
          Projection: projectionOf(index.projection),
        })),
      }),
});

const tableExists = async (client: DynamoDBClient, tableName: string): Promise<boolean> =>
  client.send(new DescribeTableCommand({ TableName: tableName })).then(
    () => true,
    (error: Error) => {
      if (error.name === 'ResourceNotFoundException') return false;
      throw error;
    },
  );

export const ensureTable = async (
  client: DynamoDBClient,
  table: TableDefinition,
  tableName: string,
): Promise<void> => {
  if (await tableExists(client, tableName)) return;
  try {
    await client.send(new CreateTableCommand(createTableInput(table, tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  if (table.timeToLiveAttribute !== undefined) {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: table.timeToLiveAttribute, Enabled: true },
      }),
    );
  }
};
