import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CustomRole, RoleHolderType } from '../../domain/custom-roles.js';
import { resourceKey } from '../../domain/directory.js';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import { type TransactionStep, transactWrite } from '../transact.js';
import { type DirectoryKey, DirectoryTable, entityExists } from './directory-table.js';

/** A workspace's or project's custom role: `pk = <type>#<id>, sk = role#<roleId>` in the Directory table. */
export interface RoleHolder {
  readonly type: RoleHolderType;
  readonly id: string;
}

export const roleKey = (holder: RoleHolder, roleId: string): DirectoryKey => ({
  pk: resourceKey(holder.type, holder.id),
  sk: `role#${roleId}`,
});

const notFound = (roleId: string) => new NotFoundError(`Role ${roleId} was not found.`);

/**
 * Custom administrator roles, and how many memberships hold each: a membership's write counts it in the same
 * transaction (on condition the role exists), and a role is deleted only while none does.
 */
export class RoleRepository {
  readonly #table: DirectoryTable;

  public constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#table = new DirectoryTable(client, tableName);
  }

  public list(holder: RoleHolder): Promise<CustomRole[]> {
    return this.#table.queryAll<CustomRole>({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :role)',
      ExpressionAttributeValues: { ':pk': resourceKey(holder.type, holder.id), ':role': 'role#' },
      ConsistentRead: true,
    });
  }

  public get(holder: RoleHolder, roleId: string): Promise<CustomRole | undefined> {
    return this.#table.get<CustomRole>(roleKey(holder, roleId));
  }

  /** The roles named by memberships, each where it is defined; missing ones are left out. */
  public getMany(
    refs: ReadonlyArray<{ readonly holder: RoleHolder; readonly roleId: string }>,
  ): Promise<CustomRole[]> {
    return refs.length === 0
      ? Promise.resolve([])
      : this.#table.batchGet<CustomRole>(refs.map(({ holder, roleId }) => roleKey(holder, roleId)));
  }

  public async create(role: CustomRole, audit: TransactionStep): Promise<void> {
    const holder = { type: role.resourceType, id: role.resourceId };
    await transactWrite(this.#table.client, [
      this.#table.requireEntityStep(holder.type, holder.id),
      this.#table.putNewStep(roleKey(holder, role.roleId), role),
      audit,
    ]);
  }

  public async update(
    holder: RoleHolder,
    roleId: string,
    changes: Pick<CustomRole, 'updatedAt'> &
      Partial<Pick<CustomRole, 'name' | 'description' | 'permissions'>>,
    audit: TransactionStep,
  ): Promise<void> {
    const names = Object.keys(changes);
    await transactWrite(this.#table.client, [
      {
        item: {
          Update: {
            TableName: this.#table.name,
            Key: roleKey(holder, roleId),
            UpdateExpression: `SET ${names.map((_, i) => `#f${i} = :v${i}`).join(', ')}`,
            ConditionExpression: entityExists,
            ExpressionAttributeNames: Object.fromEntries(names.map((name, i) => [`#f${i}`, name])),
            ExpressionAttributeValues: Object.fromEntries(
              names.map((name, i) => [`:v${i}`, changes[name as keyof typeof changes]]),
            ),
          },
        },
        onConditionFailed: () => notFound(roleId),
      },
      audit,
    ]);
  }

  /** Deletes a role no membership holds: 409 `role_in_use` otherwise, 404 when there is none. */
  public async delete(holder: RoleHolder, roleId: string, audit: TransactionStep): Promise<void> {
    await transactWrite(this.#table.client, [
      {
        item: {
          Delete: {
            TableName: this.#table.name,
            Key: roleKey(holder, roleId),
            ConditionExpression: 'attribute_exists(pk) AND members = :none',
            ExpressionAttributeValues: { ':none': 0 },
          },
        },
        onConditionFailed: () =>
          new ConflictError(
            `Role ${roleId} is held by members (or gone); give them other roles first.`,
            'role_in_use',
          ),
      },
      audit,
    ]);
  }

  /** A step that counts a membership into (+1) or out of (-1) a role, on condition the role exists. */
  public memberStep(holder: RoleHolder, roleId: string, delta: 1 | -1): TransactionStep {
    return {
      item: {
        Update: {
          TableName: this.#table.name,
          Key: roleKey(holder, roleId),
          UpdateExpression: 'ADD members :delta',
          ConditionExpression: entityExists,
          ExpressionAttributeValues: { ':delta': delta },
        },
      },
      onConditionFailed: () => notFound(roleId),
    };
  }
}
