import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../../domain/directory.js';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import { type TransactionStep, transactWrite } from '../transact.js';
import { attributeUpdateOf } from '../update-expression.js';
import { DirectoryTable, entityExists, entityKey } from './directory-table.js';

/** The roster: every principal under one key, for the instance owner's principal search. */
const ROSTER_PARTITION = 'principals';
const rosterKey = (principalId: string) => ({ pk: ROSTER_PARTITION, sk: principalId });
const BOOTSTRAP_KEY = { pk: 'instance', sk: 'bootstrap' };

/** Principals, in the Directory table: each as an entity and in the roster, and the bootstrap marker. */
export class PrincipalRepository {
  readonly #table: DirectoryTable;

  public constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#table = new DirectoryTable(client, tableName);
  }

  public getPrincipal(id: string): Promise<Principal | undefined> {
    return this.#table.get<Principal>(entityKey('principal', id));
  }

  public getPrincipals(ids: readonly string[]): Promise<Principal[]> {
    return this.#table.batchGet<Principal>(ids.map((id) => entityKey('principal', id)));
  }

  /** Every principal of the instance (the roster written with each principal). */
  public listPrincipals(): Promise<Principal[]> {
    return this.#table.queryAll<Principal>({
      KeyConditionExpression: 'pk = :roster',
      ExpressionAttributeValues: { ':roster': ROSTER_PARTITION },
    });
  }

  /** Steps that create a principal (optionally the instance's first owner, exactly once). */
  public putPrincipalSteps(principal: Principal, asBootstrap = false): TransactionStep[] {
    const { name } = this.#table;
    return [
      this.#table.putNewStep(entityKey('principal', principal.id), principal),
      { item: { Put: { TableName: name, Item: { ...rosterKey(principal.id), ...principal } } } },
      ...(asBootstrap
        ? [
            {
              ...this.#table.putNewStep(BOOTSTRAP_KEY, {
                principalId: principal.id,
                at: principal.createdAt,
              }),
              onConditionFailed: () =>
                new ConflictError('The instance already has an owner.', 'already_bootstrapped'),
            },
          ]
        : []),
    ];
  }

  public async isBootstrapped(): Promise<boolean> {
    return (await this.#table.get(BOOTSTRAP_KEY)) !== undefined;
  }

  /** The instance's first owner, named by the bootstrap marker; `undefined` before bootstrap. */
  public async instanceOwnerId(): Promise<string | undefined> {
    return (await this.#table.get<{ principalId: string }>(BOOTSTRAP_KEY))?.principalId;
  }

  /** Creates a principal, with `steps` (its audit events) in the same transaction. */
  public async createPrincipal(principal: Principal, ...steps: TransactionStep[]): Promise<void> {
    await transactWrite(this.#table.client, [...this.putPrincipalSteps(principal), ...steps]);
  }

  /**
   * Changes a principal's own settings (`undefined` removes one), on its item and in the roster alike, with
   * `steps` (its audit events) in the same transaction.
   */
  public async updatePrincipal(
    id: string,
    changes: Readonly<Pick<Principal, 'email' | 'emailNotifications'>>,
    ...steps: TransactionStep[]
  ): Promise<void> {
    const update = attributeUpdateOf(changes);
    await transactWrite(this.#table.client, [
      ...[entityKey('principal', id), rosterKey(id)].map((key) => ({
        item: {
          Update: { TableName: this.#table.name, Key: key, ...update, ConditionExpression: entityExists },
        },
        onConditionFailed: () => new NotFoundError(`Principal ${id} was not found.`),
      })),
      ...steps,
    ]);
  }
}
