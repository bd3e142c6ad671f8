import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { type ResourceType, resourceKey } from '../../domain/directory.js';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import { queryAll } from '../query-all.js';
import type { TransactionStep } from '../transact.js';

/**
 * The Directory table holds one item per entity under `pk = <type>#<id>, sk = <type>`, plus:
 * - `pk = principals, sk = <principalId>`: the roster of principals (PrincipalRepository),
 * - `pk = workspace#<id>, sk = site#<siteId>`: a workspace's list of sites (WorkspaceRepository),
 * - `pk = <type>#<id>, sk = member#<principalId>`: memberships, also indexed by principal (MembershipRepository),
 * - `pk = <ownerKey>, sk = counter#tokens`: active-token counters (TokenRepository),
 * - `pk = instance, sk = bootstrap`: marks that the first owner exists (PrincipalRepository),
 * - `pk = sweeper, sk = watermark`: the first day not fully swept (SweepIndexRepository).
 *
 * This module holds what the repositories of the table share: its keys and its reads.
 */

export type DirectoryKey = { readonly pk: string; readonly sk: string };

export const entityIsNew = 'attribute_not_exists(pk)';
export const entityExists = 'attribute_exists(pk)';

export const entityKey = (type: ResourceType, id: string): DirectoryKey => ({
  pk: resourceKey(type, id),
  sk: type,
});

export const memberKey = (type: ResourceType, id: string, principalId: string): DirectoryKey => ({
  pk: resourceKey(type, id),
  sk: `member#${principalId}`,
});

export const stripKeys = <T>({ pk: _pk, sk: _sk, ...rest }: Record<string, unknown>): T => rest as T;

const BATCH_GET_LIMIT = 100;

export class DirectoryTable {
  public constructor(
    public readonly client: DynamoDBDocumentClient,
    public readonly name: string,
  ) {}

  public async get<T>(key: DirectoryKey): Promise<T | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.name, Key: key, ConsistentRead: true }),
    );
    return Item === undefined ? undefined : stripKeys<T>(Item);
  }

  public async batchGet<T>(keys: readonly DirectoryKey[]): Promise<T[]> {
    const found: T[] = [];
    for (let i = 0; i < keys.length; i += BATCH_GET_LIMIT) {
      let pending: Record<string, unknown>[] | undefined = keys.slice(i, i + BATCH_GET_LIMIT);
      // BatchGet may return part of a batch as unprocessed under load; ask again for the rest.
      for (let attempt = 0; pending !== undefined && pending.length > 0; attempt += 1) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** Math.min(attempt, 6)));
        const result: BatchGetCommandOutput = await this.client.send(
          new BatchGetCommand({ RequestItems: { [this.name]: { Keys: pending, ConsistentRead: true } } }),
        );
        found.push(...(result.Responses?.[this.name] ?? []).map((item) => stripKeys<T>(item)));
        pending = result.UnprocessedKeys?.[this.name]?.Keys;
      }
    }
    return found;
  }

  /** Every item a query of this table finds, without its keys. */
  public async queryAll<T>(query: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<T[]> {
    const items = await queryAll(this.client, { TableName: this.name, ...query });
    return items.map((item) => stripKeys<T>(item));
  }

  /** A step that writes an item that must not exist yet. */
  public putNewStep(key: DirectoryKey, entity: object): TransactionStep {
    return {
      item: { Put: { TableName: this.name, Item: { ...key, ...entity }, ConditionExpression: entityIsNew } },
      onConditionFailed: () => new ConflictError('That resource already exists.', 'already_exists'),
    };
  }

  /** A step that only checks the entity exists, so a change cannot refer to a deleted parent. */
  public requireEntityStep(type: ResourceType, id: string): TransactionStep {
    return {
      item: {
        ConditionCheck: { TableName: this.name, Key: entityKey(type, id), ConditionExpression: entityExists },
      },
      onConditionFailed: () => new NotFoundError(`The ${type} ${id} was not found.`),
    };
  }
}
