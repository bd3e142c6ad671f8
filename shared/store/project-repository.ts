import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ContentType, Entry, Environment, Membership, Project } from '../domain/directory.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import { decodeCursor, encodeCursor, type Page, type PageRequest } from './cursor.js';
import { queryAll } from './query-all.js';
import { type TransactionStep, transactWrite } from './transact.js';

/**
 * Projects and what they hold, in the Directory table:
 * - `project#<id> / project`, `environment#<id> / environment`: the entities;
 * - `project#<id> / environment#<createdAt>#<id>`: a project's environments, oldest first;
 * - `project#<id> / content-type#<name>` and `… / content-type-plural#<pluralName>`: content types, both
 *   ids unique per project;
 * - `environment#<id> / entry#<contentType>#<entryId>`: entries.
 */

const isNew = 'attribute_not_exists(pk)';
const exists = 'attribute_exists(pk)';
const stripKeys = <T>({ pk: _pk, sk: _sk, ...rest }: Record<string, unknown>): T => rest as T;

export class ProjectRepository {
  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  public getProject(id: string): Promise<Project | undefined> {
    return this.#get<Project>(`project#${id}`, 'project');
  }

  public getEnvironment(id: string): Promise<Environment | undefined> {
    return this.#get<Environment>(`environment#${id}`, 'environment');
  }

  public async createProject(
    project: Project,
    firstEnvironment: Environment,
    creator: Membership,
    audit: TransactionStep,
  ): Promise<void> {
    await transactWrite(this.client, [
      this.#put(`project#${project.id}`, 'project', project, isNew),
      ...this.#environmentSteps(firstEnvironment),
      this.#put(`project#${project.id}`, `member#${creator.principalId}`, creator),
      audit,
    ]);
  }

  public async createEnvironment(environment: Environment, audit: TransactionStep): Promise<void> {
    await transactWrite(this.client, [
      this.#projectExists(environment.projectId),
      ...this.#environmentSteps(environment),
      audit,
    ]);
  }

  public async deleteEnvironment(environment: Environment, audit: TransactionStep): Promise<void> {
    await transactWrite(this.client, [
      this.#delete(`environment#${environment.id}`, 'environment'),
      this.#delete(
        `project#${environment.projectId}`,
        `environment#${environment.createdAt}#${environment.id}`,
      ),
      audit,
    ]);
  }

  /** Oldest first: the first is the project's default environment. */
  public async listEnvironments(projectId: string): Promise<Environment[]> {
    const items = await this.#queryAll(`project#${projectId}`, 'environment#');
    return items.map((item) => stripKeys<Environment>(item));
  }

  public async createContentType(contentType: ContentType, audit: TransactionStep): Promise<void> {
    const pk = `project#${contentType.projectId}`;
    const duplicate = () =>
      new ConflictError(
        'The project already has a content type with that name or plural name.',
        'already_exists',
      );
    await transactWrite(this.client, [
      this.#projectExists(contentType.projectId),
      {
        ...this.#put(pk, `content-type#${contentType.name}`, contentType, isNew),
        onConditionFailed: duplicate,
      },
      {
        ...this.#put(pk, `content-type-plural#${contentType.pluralName}`, { name: contentType.name }, isNew),
        onConditionFailed: duplicate,
      },
      audit,
    ]);
  }

  public async listContentTypes(projectId: string): Promise<ContentType[]> {
    const items = await this.#queryAll(`project#${projectId}`, 'content-type#');
    return items.map((item) => stripKeys<ContentType>(item));
  }

  public async getEntry(
    environmentId: string,
    contentType: string,
    entryId: string,
  ): Promise<Entry | undefined> {
    return this.#get<Entry>(`environment#${environmentId}`, `entry#${contentType}#${entryId}`);
  }

  public async listEntries(
    environmentId: string,
    contentType: string,
    page: PageRequest,
  ): Promise<Page<Entry>> {
    const pk = `environment#${environmentId}`;
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': `entry#${contentType}#` },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, ['pk', 'sk'], { pk }),
      }),
    );
    return {
      items: (result.Items ?? []).map((item) => stripKeys<Entry>(item)),
      nextCursor: encodeCursor(result.LastEvaluatedKey),
    };
  }

  public async putEntry(entry: Entry, mustExist: boolean): Promise<void> {
    await transactWrite(this.client, [
      {
        ...this.#put(
          `environment#${entry.environmentId}`,
          `entry#${entry.contentType}#${entry.id}`,
          entry,
          mustExist ? exists : isNew,
        ),
        onConditionFailed: () => new NotFoundError(`Entry ${entry.id} was not found.`),
      },
    ]);
  }

  public async deleteEntry(environmentId: string, contentType: string, entryId: string): Promise<void> {
    await transactWrite(this.client, [
      this.#delete(`environment#${environmentId}`, `entry#${contentType}#${entryId}`),
    ]);
  }

  #environmentSteps(environment: Environment): TransactionStep[] {
    return [
      this.#put(`environment#${environment.id}`, 'environment', environment, isNew),
      this.#put(
        `project#${environment.projectId}`,
        `environment#${environment.createdAt}#${environment.id}`,
        environment,
        isNew,
      ),
    ];
  }

  #projectExists(projectId: string): TransactionStep {
    return {
      item: {
        ConditionCheck: {
          TableName: this.tableName,
          Key: { pk: `project#${projectId}`, sk: 'project' },
          ConditionExpression: exists,
        },
      },
      onConditionFailed: () => new NotFoundError(`Project ${projectId} was not found.`),
    };
  }

  #put(pk: string, sk: string, entity: object, condition?: string): TransactionStep {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: { pk, sk, ...entity },
          ...(condition === undefined ? {} : { ConditionExpression: condition }),
        },
      },
      onConditionFailed: () => new ConflictError('That resource already exists.', 'already_exists'),
    };
  }

  #delete(pk: string, sk: string): TransactionStep {
    return {
      item: { Delete: { TableName: this.tableName, Key: { pk, sk }, ConditionExpression: exists } },
      onConditionFailed: () => new NotFoundError('The resource was not found.'),
    };
  }

  async #get<T>(pk: string, sk: string): Promise<T | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk, sk }, ConsistentRead: true }),
    );
    return Item === undefined ? undefined : stripKeys<T>(Item);
  }

  #queryAll(pk: string, prefix: string): Promise<Record<string, unknown>[]> {
    return queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
      ConsistentRead: true,
    });
  }
}
