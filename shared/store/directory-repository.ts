import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Membership, Principal, ResourceType, Site, Workspace } from '../domain/directory.js';
import { resourceKey } from '../domain/directory.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import type { Role } from '../domain/roles.js';
import { decodeCursor, encodeCursor, type Page, type PageRequest } from './cursor.js';
import { queryAll } from './query-all.js';
import { type TransactionStep, transactWrite } from './transact.js';
import { attributeUpdateOf } from './update-expression.js';

/**
 * The Directory table holds one item per entity under `pk = <type>#<id>, sk = <type>`, plus:
 * - `pk = workspace#<id>, sk = site#<siteId>`: a workspace's list of sites,
 * - `pk = <type>#<id>, sk = member#<principalId>`: memberships (also indexed by principal),
 * - `pk = <ownerKey>, sk = counter#tokens`: active-token counters (see TokenRepository),
 * - `pk = instance, sk = bootstrap`: marks that the first owner exists.
 */

const BATCH_GET_LIMIT = 100;
const SWEEP_WATERMARK_KEY = { pk: 'sweeper', sk: 'watermark' };
const entityIsNew = 'attribute_not_exists(pk)';
const entityExists = 'attribute_exists(pk)';

const entityKey = (type: ResourceType, id: string) => ({ pk: resourceKey(type, id), sk: type });
const ROSTER_PARTITION = 'principals';
const rosterKey = (principalId: string) => ({ pk: ROSTER_PARTITION, sk: principalId });
const memberKey = (type: ResourceType, id: string, principalId: string) => ({
  pk: resourceKey(type, id),
  sk: `member#${principalId}`,
});

const stripKeys = <T>({ pk: _pk, sk: _sk, ...rest }: Record<string, unknown>): T => rest as T;

export class DirectoryRepository {
  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  public getPrincipal(id: string): Promise<Principal | undefined> {
    return this.#get<Principal>(entityKey('principal', id));
  }

  public getWorkspace(id: string): Promise<Workspace | undefined> {
    return this.#get<Workspace>(entityKey('workspace', id));
  }

  public getSite(id: string): Promise<Site | undefined> {
    return this.#get<Site>(entityKey('site', id));
  }

  public async getWorkspaces(ids: readonly string[]): Promise<Workspace[]> {
    return this.#batchGet<Workspace>(ids.map((id) => entityKey('workspace', id)));
  }

  /** Steps that create a principal (optionally the instance's first owner, exactly once). */
  public putPrincipalSteps(principal: Principal, asBootstrap = false): TransactionStep[] {
    return [
      this.#putNew(entityKey('principal', principal.id), principal),
      // The roster: every principal under one key, for the instance owner's principal search.
      { item: { Put: { TableName: this.tableName, Item: { ...rosterKey(principal.id), ...principal } } } },
      ...(asBootstrap
        ? [
            {
              ...this.#putNew(
                { pk: 'instance', sk: 'bootstrap' },
                { principalId: principal.id, at: principal.createdAt },
              ),
              onConditionFailed: () =>
                new ConflictError('The instance already has an owner.', 'already_bootstrapped'),
            },
          ]
        : []),
    ];
  }

  /** A step that starts the sweeper's watermark at `day`, for a new instance. */
  public sweepWatermarkStep(day: string): TransactionStep {
    return this.#putNew(SWEEP_WATERMARK_KEY, { day });
  }

  /** The first day (`YYYY-MM-DD`) the sweeper has not fully swept. */
  public async sweepWatermark(): Promise<string | undefined> {
    return (await this.#get<{ day: string }>(SWEEP_WATERMARK_KEY))?.day;
  }

  /** Moves the watermark from `from` to `to`; false when another sweeper moved it first. */
  public async advanceSweepWatermark(from: string | undefined, to: string): Promise<boolean> {
    try {
      await transactWrite(this.client, [
        {
          item: {
            Put: {
              TableName: this.tableName,
              Item: { ...SWEEP_WATERMARK_KEY, day: to },
              ConditionExpression: from === undefined ? 'attribute_not_exists(pk)' : '#day = :from',
              ...(from === undefined
                ? {}
                : {
                    ExpressionAttributeNames: { '#day': 'day' },
                    ExpressionAttributeValues: { ':from': from },
                  }),
            },
          },
        },
      ]);
      return true;
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }

  public async isBootstrapped(): Promise<boolean> {
    return (await this.#get({ pk: 'instance', sk: 'bootstrap' })) !== undefined;
  }

  public async createPrincipal(principal: Principal): Promise<void> {
    await transactWrite(this.client, this.putPrincipalSteps(principal));
  }

  /** Changes a principal's own settings (`undefined` removes one), on its item and in the roster alike. */
  public async updatePrincipal(
    id: string,
    changes: Readonly<Pick<Principal, 'email' | 'emailNotifications'>>,
  ): Promise<void> {
    const update = attributeUpdateOf(changes);
    await transactWrite(
      this.client,
      [entityKey('principal', id), rosterKey(id)].map((key) => ({
        item: {
          Update: { TableName: this.tableName, Key: key, ...update, ConditionExpression: entityExists },
        },
        onConditionFailed: () => new NotFoundError(`Principal ${id} was not found.`),
      })),
    );
  }

  public async createWorkspace(
    workspace: Workspace,
    creator: Membership,
    audit: TransactionStep,
  ): Promise<void> {
    await transactWrite(this.client, [
      this.#putNew(entityKey('workspace', workspace.id), workspace),
      this.#putMembership(creator),
      audit,
    ]);
  }

  public async createSite(site: Site, audit: TransactionStep): Promise<void> {
    await transactWrite(this.client, [
      this.#requireEntity('workspace', site.workspaceId),
      this.#putNew(entityKey('site', site.id), site),
      this.#putNew(
        { pk: resourceKey('workspace', site.workspaceId), sk: `site#${site.id}` },
        { siteId: site.id },
      ),
      audit,
    ]);
  }

  public async updateSite(site: Site, audit: TransactionStep): Promise<void> {
    await transactWrite(this.client, [
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: { ...entityKey('site', site.id), ...site },
            ConditionExpression: entityExists,
          },
        },
        onConditionFailed: () => new NotFoundError('Site not found.'),
      },
      audit,
    ]);
  }

  public async listSites(workspaceId: string, page: PageRequest): Promise<Page<Site>> {
    const pk = resourceKey('workspace', workspaceId);
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :site)',
        ExpressionAttributeValues: { ':pk': pk, ':site': 'site#' },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, ['pk', 'sk'], { pk }),
      }),
    );
    const ids = (result.Items ?? []).map((item) => item.siteId as string);
    const sites = await this.#batchGet<Site>(ids.map((id) => entityKey('site', id)));
    const byId = new Map(sites.map((site) => [site.id, site]));
    return {
      items: ids.flatMap((id) => byId.get(id) ?? []),
      nextCursor: encodeCursor(result.LastEvaluatedKey),
    };
  }

  /** The roles `principalId` holds on each of `resources` (a resource and its ancestors). */
  public async rolesOn(
    principalId: string,
    resources: ReadonlyArray<{ readonly type: ResourceType; readonly id: string }>,
  ): Promise<Role[]> {
    const memberships = await this.#batchGet<Membership>(
      resources.map(({ type, id }) => memberKey(type, id, principalId)),
    );
    return memberships.map((membership) => membership.role);
  }

  /** Every principal of the instance (the roster written with each principal). */
  public async listPrincipals(): Promise<Principal[]> {
    return this.#queryAll<Principal>({
      KeyConditionExpression: 'pk = :roster',
      ExpressionAttributeValues: { ':roster': ROSTER_PARTITION },
    });
  }

  public async getPrincipals(ids: readonly string[]): Promise<Principal[]> {
    return this.#batchGet<Principal>(ids.map((id) => entityKey('principal', id)));
  }

  public async listMemberships(principalId: string): Promise<Membership[]> {
    return this.#queryAll<Membership>({
      IndexName: 'byPrincipal',
      KeyConditionExpression: 'principalId = :principalId',
      ExpressionAttributeValues: { ':principalId': principalId },
    });
  }

  public async listMembers(type: ResourceType, id: string): Promise<Membership[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :member)',
        ExpressionAttributeValues: { ':pk': resourceKey(type, id), ':member': 'member#' },
        ConsistentRead: true,
      }),
    );
    return (result.Items ?? []).map((item) => stripKeys<Membership>(item));
  }

  public async putMembership(membership: Membership, audit: TransactionStep): Promise<void> {
    await transactWrite(this.client, [
      this.#requireEntity('principal', membership.principalId),
      this.#putMembership(membership),
      audit,
    ]);
  }

  public async deleteMembership(
    type: ResourceType,
    id: string,
    principalId: string,
    audit: TransactionStep,
  ): Promise<void> {
    await transactWrite(this.client, [
      {
        item: {
          Delete: {
            TableName: this.tableName,
            Key: memberKey(type, id, principalId),
            ConditionExpression: entityExists,
          },
        },
        onConditionFailed: () => new NotFoundError('Membership not found.'),
      },
      audit,
    ]);
  }

  /** A step that only checks the entity exists, so a change cannot refer to a deleted parent. */
  #requireEntity(type: ResourceType, id: string): TransactionStep {
    return {
      item: {
        ConditionCheck: {
          TableName: this.tableName,
          Key: entityKey(type, id),
          ConditionExpression: entityExists,
        },
      },
      onConditionFailed: () => new NotFoundError(`The ${type} ${id} was not found.`),
    };
  }

  #putNew(key: { pk: string; sk: string }, entity: object): TransactionStep {
    return {
      item: {
        Put: { TableName: this.tableName, Item: { ...key, ...entity }, ConditionExpression: entityIsNew },
      },
      onConditionFailed: () => new ConflictError('That resource already exists.', 'already_exists'),
    };
  }

  #putMembership(membership: Membership): TransactionStep {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: {
            ...memberKey(membership.resourceType, membership.resourceId, membership.principalId),
            ...membership,
          },
        },
      },
    };
  }

  /** Every item a query of this table finds, without its keys. */
  async #queryAll<T>(query: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<T[]> {
    const items = await queryAll(this.client, { TableName: this.tableName, ...query });
    return items.map((item) => stripKeys<T>(item));
  }

  async #get<T>(key: { pk: string; sk: string }): Promise<T | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    return Item === undefined ? undefined : stripKeys<T>(Item);
  }

  async #batchGet<T>(keys: ReadonlyArray<{ pk: string; sk: string }>): Promise<T[]> {
    const found: T[] = [];
    for (let i = 0; i < keys.length; i += BATCH_GET_LIMIT) {
      let pending: Record<string, unknown>[] | undefined = keys.slice(i, i + BATCH_GET_LIMIT);
      // BatchGet may return part of a batch as unprocessed under load; ask again for the rest.
      for (let attempt = 0; pending !== undefined && pending.length > 0; attempt += 1) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** Math.min(attempt, 6)));
        const result: BatchGetCommandOutput = await this.client.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: pending, ConsistentRead: true } },
          }),
        );
        found.push(...(result.Responses?.[this.tableName] ?? []).map((item) => stripKeys<T>(item)));
        pending = result.UnprocessedKeys?.[this.tableName]?.Keys;
      }
    }
    return found;
  }
}
