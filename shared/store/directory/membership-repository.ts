import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type Membership, type ResourceType, resourceKey } from '../../domain/directory.js';
import { NotFoundError } from '../../domain/errors.js';
import { type AccompanyingSteps, stepsOf, type TransactionStep, transactWrite } from '../transact.js';
import { DirectoryTable, entityExists, memberKey, stripKeys } from './directory-table.js';

/** A step that writes a membership (a workspace's creator's is written with the workspace). */
export const putMembershipStep = (tableName: string, membership: Membership): TransactionStep => ({
  item: {
    Put: {
      TableName: tableName,
      Item: {
        ...memberKey(membership.resourceType, membership.resourceId, membership.principalId),
        ...membership,
      },
    },
  },
});

/** Who holds which role on what: `member#<principalId>` items under each resource, indexed by principal. */
export class MembershipRepository {
  readonly #table: DirectoryTable;

  public constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#table = new DirectoryTable(client, tableName);
  }

  /** The roles `principalId` holds on each of `resources` (a resource and its ancestors). */
  public async grantsOn(
    principalId: string,
    resources: ReadonlyArray<{ readonly type: ResourceType; readonly id: string }>,
  ): Promise<Array<Pick<Membership, 'role' | 'roleHolder'>>> {
    const memberships = await this.#table.batchGet<Membership>(
      resources.map(({ type, id }) => memberKey(type, id, principalId)),
    );
    return memberships.map(({ role, roleHolder }) =>
      roleHolder === undefined ? { role } : { role, roleHolder },
    );
  }

  public get(type: ResourceType, id: string, principalId: string): Promise<Membership | undefined> {
    return this.#table.get<Membership>(memberKey(type, id, principalId));
  }

  public listMemberships(principalId: string): Promise<Membership[]> {
    return this.#table.queryAll<Membership>({
      IndexName: 'byPrincipal',
      KeyConditionExpression: 'principalId = :principalId',
      ExpressionAttributeValues: { ':principalId': principalId },
    });
  }

  public async listMembers(type: ResourceType, id: string): Promise<Membership[]> {
    const result = await this.#table.client.send(
      new QueryCommand({
        TableName: this.#table.name,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :member)',
        ExpressionAttributeValues: { ':pk': resourceKey(type, id), ':member': 'member#' },
        ConsistentRead: true,
      }),
    );
    return (result.Items ?? []).map((item) => stripKeys<Membership>(item));
  }

  /** Writes a membership, with what goes with it: its audit event, and counting it into or out of roles. */
  public async putMembership(membership: Membership, steps: AccompanyingSteps): Promise<void> {
    await transactWrite(this.#table.client, [
      this.#table.requireEntityStep('principal', membership.principalId),
      putMembershipStep(this.#table.name, membership),
      ...stepsOf(steps),
    ]);
  }

  public async deleteMembership(
    type: ResourceType,
    id: string,
    principalId: string,
    steps: AccompanyingSteps,
  ): Promise<void> {
    await transactWrite(this.#table.client, [
      {
        item: {
          Delete: {
            TableName: this.#table.name,
            Key: memberKey(type, id, principalId),
            ConditionExpression: entityExists,
          },
        },
        onConditionFailed: () => new NotFoundError('Membership not found.'),
      },
      ...stepsOf(steps),
    ]);
  }
}
