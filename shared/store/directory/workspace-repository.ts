import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type Membership, resourceKey, type Site, type Workspace } from '../../domain/directory.js';
import { NotFoundError } from '../../domain/errors.js';
import { decodeCursor, encodeCursor, type Page, type PageRequest } from '../cursor.js';
import { type TransactionStep, transactWrite } from '../transact.js';
import { DirectoryTable, entityExists, entityKey } from './directory-table.js';
import { putMembershipStep } from './membership-repository.js';

/** Workspaces and their sites, with each workspace's list of sites (`site#<siteId>` under the workspace). */
export class WorkspaceRepository {
  readonly #table: DirectoryTable;

  public constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#table = new DirectoryTable(client, tableName);
  }

  public getWorkspace(id: string): Promise<Workspace | undefined> {
    return this.#table.get<Workspace>(entityKey('workspace', id));
  }

  public getWorkspaces(ids: readonly string[]): Promise<Workspace[]> {
    return this.#table.batchGet<Workspace>(ids.map((id) => entityKey('workspace', id)));
  }

  public getSite(id: string): Promise<Site | undefined> {
    return this.#table.get<Site>(entityKey('site', id));
  }

  /** The workspace with its creator's membership, so a workspace never exists without an admin. */
  public async createWorkspace(
    workspace: Workspace,
    creator: Membership,
    audit: TransactionStep,
  ): Promise<void> {
    await transactWrite(this.#table.client, [
      this.#table.putNewStep(entityKey('workspace', workspace.id), workspace),
      putMembershipStep(this.#table.name, creator),
      audit,
    ]);
  }

  public async createSite(site: Site, audit: TransactionStep): Promise<void> {
    await transactWrite(this.#table.client, [
      this.#table.requireEntityStep('workspace', site.workspaceId),
      this.#table.putNewStep(entityKey('site', site.id), site),
      this.#table.putNewStep(
        { pk: resourceKey('workspace', site.workspaceId), sk: `site#${site.id}` },
        { siteId: site.id },
      ),
      audit,
    ]);
  }

  public async updateSite(site: Site, audit: TransactionStep): Promise<void> {
    await transactWrite(this.#table.client, [
      {
        item: {
          Put: {
            TableName: this.#table.name,
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
    const result = await this.#table.client.send(
      new QueryCommand({
        TableName: this.#table.name,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :site)',
        ExpressionAttributeValues: { ':pk': pk, ':site': 'site#' },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, ['pk', 'sk'], { pk }),
      }),
    );
    const ids = (result.Items ?? []).map((item) => item.siteId as string);
    const sites = await this.#table.batchGet<Site>(ids.map((id) => entityKey('site', id)));
    const byId = new Map(sites.map((site) => [site.id, site]));
    return {
      items: ids.flatMap((id) => byId.get(id) ?? []),
      nextCursor: encodeCursor(result.LastEvaluatedKey),
    };
  }
}
