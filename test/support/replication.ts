import {
  type AttributeValue,
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { TABLES, type TableDefinition, type TableNames } from '../../shared/store/tables.js';

/**
 * A stand-in for DynamoDB global tables' replication between two table sets on one DynamoDB Local: every item
 * a client writes in the primary set is copied to the replica set after a delay of its own, as it is in the
 * primary by then (the last writer wins). Items of one transaction arrive apart, in any order — as they do
 * between the regions of a global table, where a transaction is atomic in its own region only.
 */

type Key = Record<string, AttributeValue>;

export interface ReplicationOptions {
  readonly endpoint: string;
  readonly primary: TableNames;
  readonly replica: TableNames;
  /** How long an item of this table (and key) takes to arrive. */
  readonly delayOf: (table: keyof TableNames, key: Key) => number;
}

export interface Replication {
  /** Resolves once every copy scheduled so far has been made. */
  settled(): Promise<void>;
  stop(): void;
}

type WriteInput = {
  TableName?: string;
  Item?: Key;
  Key?: Key;
  TransactItems?: Record<string, { TableName: string; Item?: Key; Key?: Key }>[];
  RequestItems?: Record<string, { PutRequest?: { Item: Key }; DeleteRequest?: { Key: Key } }[]>;
};

const WRITES = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'TransactWriteItemsCommand',
  'BatchWriteItemCommand',
]);

/** Copies what `client` writes to the primary tables, each item after its delay. */
export const replicateWrites = (client: DynamoDBClient, options: ReplicationOptions): Replication => {
  const copier = new DynamoDBClient({
    endpoint: options.endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const tables = (Object.keys(options.primary) as (keyof TableNames)[]).map((name) => ({
    name,
    primary: options.primary[name],
    replica: options.replica[name],
    definition: TABLES.find((table) => table.id.toLowerCase() === name) as TableDefinition,
  }));
  const keyOf = (definition: TableDefinition, item: Key): Key =>
    Object.fromEntries(
      [definition.partitionKey, definition.sortKey]
        .filter((attribute) => attribute !== undefined)
        .map((attribute) => [attribute!.name, item[attribute!.name]!]),
    );
  const pending = new Set<Promise<void>>();
  let stopped = false;

  const copy = async (table: (typeof tables)[number], key: Key) => {
    const { Item } = await copier.send(
      new GetItemCommand({ TableName: table.primary, Key: key, ConsistentRead: true }),
    );
    if (Item === undefined) await copier.send(new DeleteItemCommand({ TableName: table.replica, Key: key }));
    else await copier.send(new PutItemCommand({ TableName: table.replica, Item }));
  };
  const schedule = (tableName: string | undefined, item: Key | undefined) => {
    const table = tables.find((candidate) => candidate.primary === tableName);
    if (table === undefined || item === undefined || stopped) return;
    const key = keyOf(table.definition, item);
    const copied = new Promise<void>((resolve) => setTimeout(resolve, options.delayOf(table.name, key)))
      .then(() => copy(table, key))
      .finally(() => pending.delete(copied));
    pending.add(copied);
  };
  const written = (input: WriteInput) => {
    schedule(input.TableName, input.Item ?? input.Key);
    for (const action of input.TransactItems ?? []) {
      for (const [kind, write] of Object.entries(action))
        if (kind !== 'ConditionCheck') schedule(write.TableName, write.Item ?? write.Key);
    }
    for (const [tableName, requests] of Object.entries(input.RequestItems ?? {}))
      for (const request of requests)
        schedule(tableName, request.PutRequest?.Item ?? request.DeleteRequest?.Key);
  };

  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (WRITES.has(context.commandName ?? '')) written(args.input as WriteInput);
      return result;
    },
    // After the document client has marshalled the input: keys are AttributeValues here.
    { step: 'build', name: 'keywardReplication' },
  );
  return {
    settled: async () => {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    stop: () => {
      stopped = true;
      copier.destroy();
    },
  };
};
