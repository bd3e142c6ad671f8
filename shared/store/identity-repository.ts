import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.js';
import {
  externalIdKeyOf,
  type IdentityRecord,
  identityKeyOf,
  identityListKeyOf,
} from '../domain/identity.js';
import type { TokenRecord } from '../domain/token.js';
import { ChangeFeedRepository } from './change-feed-repository.js';
import type { Page, PageRequest } from './cursor.js';
import { newestFirstPage } from './index-page.js';
import type { TableNames } from './tables.js';
import { type TransactionStep, transactWrite } from './transact.js';
import { attributeUpdateOf } from './update-expression.js';

/** The stored shape: the record under the Tokens table's key, listed through the byOwner index. */
interface IdentityItem extends Omit<IdentityRecord, 'identityId'> {
  readonly tokenId: string;
  readonly id: string;
  readonly ownerKey: string;
}

const toRecord = ({ tokenId: _key, ownerKey: _listKey, id, ...rest }: IdentityItem): IdentityRecord => ({
  identityId: id,
  ...rest,
});

const externalIdTaken = (externalId: string) => () =>
  new ConflictError(`An identity with externalId "${externalId}" exists here already.`, 'external_id_taken');

const identityGone = (identityId: string) => () => new NotFoundError(`Identity ${identityId} was not found.`);

/**
 * Identities in the Tokens table (see `domain/identity.ts`), each with a claim item that reserves its
 * external id in its scope. Every change is one transaction with its claim, its audit event and a change-feed
 * entry, so verifiers that cached the identity's limits forget them within the revocation bound.
 */
export class IdentityRepository {
  readonly #feed: ChangeFeedRepository;

  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tables: Pick<TableNames, 'tokens' | 'events'>,
  ) {
    this.#feed = new ChangeFeedRepository(client, tables.events);
  }

  public async get(identityId: string): Promise<IdentityRecord | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tables.tokens,
        Key: { tokenId: identityKeyOf(identityId) },
        ConsistentRead: true,
      }),
    );
    return Item === undefined ? undefined : toRecord(Item as IdentityItem);
  }

  /** The identity that holds `externalId` in `scope`, if one does. */
  public async findByExternalId(scope: string, externalId: string): Promise<IdentityRecord | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tables.tokens,
        Key: { tokenId: externalIdKeyOf(scope, externalId) },
        ConsistentRead: true,
      }),
    );
    const claimedBy = (Item as { claimedBy?: string } | undefined)?.claimedBy;
    return claimedBy === undefined ? undefined : this.get(claimedBy);
  }

  /** A scope's identities, newest first. */
  public async list(scope: string, page: PageRequest): Promise<Page<IdentityRecord>> {
    const result = await newestFirstPage<IdentityItem>(this.client, {
      table: this.tables.tokens,
      index: 'byOwner',
      partition: ['ownerKey', identityListKeyOf(scope)],
      page,
    });
    return { ...result, items: result.items.map(toRecord) };
  }

  /** The tokens that belong to an identity, newest first (the sparse byIdentity index). */
  public listTokens(identityId: string, page: PageRequest): Promise<Page<TokenRecord>> {
    return newestFirstPage(this.client, {
      table: this.tables.tokens,
      index: 'byIdentity',
      partition: ['identityId', identityId],
      page,
    });
  }

  /** Stores a new identity and claims its external id; 409 `external_id_taken` when the scope has it. */
  public async create(identity: IdentityRecord, audit: TransactionStep): Promise<void> {
    const { identityId, ...rest } = identity;
    const item: IdentityItem = {
      ...rest,
      tokenId: identityKeyOf(identityId),
      id: identityId,
      ownerKey: identityListKeyOf(identity.scope),
    };
    await transactWrite(this.client, [
      {
        item: {
          Put: {
            TableName: this.tables.tokens,
            Item: item,
            ConditionExpression: 'attribute_not_exists(tokenId)',
          },
        },
      },
      this.#claimStep(identity.scope, identity.externalId, identityId),
      audit,
    ]);
  }

  /**
   * Applies `changes` (`undefined` removes) and `increments` (a credit top-up) to an identity of `scope`; a
   * new external id moves its claim in the same transaction.
   */
  public async update(
    identity: Pick<IdentityRecord, 'identityId' | 'scope' | 'externalId'>,
    changes: Readonly<Record<string, unknown>> & { readonly updatedAt: string },
    audit: TransactionStep,
    increments: Readonly<Record<string, number>> = {},
  ): Promise<void> {
    const { identityId, scope } = identity;
    const update = attributeUpdateOf(changes, increments);
    const externalId = changes.externalId as string | undefined;
    const moved = externalId !== undefined && externalId !== identity.externalId;
    await transactWrite(this.client, [
      {
        item: {
          Update: {
            TableName: this.tables.tokens,
            Key: { tokenId: identityKeyOf(identityId) },
            UpdateExpression: update.UpdateExpression,
            ConditionExpression: '#scope = :scope',
            ExpressionAttributeNames: { '#scope': 'scope', ...update.ExpressionAttributeNames },
            ExpressionAttributeValues: { ':scope': scope, ...update.ExpressionAttributeValues },
          },
        },
        onConditionFailed: identityGone(identityId),
      },
      ...(moved
        ? [
            this.#releaseStep(scope, identity.externalId, identityId),
            this.#claimStep(scope, externalId, identityId),
          ]
        : []),
      audit,
      ...this.#feed.appendSteps(identityKeyOf(identityId), changes.updatedAt),
    ]);
  }

  /**
   * A token joining the identity, for the token's own transaction: the identity must still be there, in the
   * token's scope, and its count of joins goes up, which a deletion that read the count before sees.
   */
  public joinStep(identityId: string, scope: string): TransactionStep {
    return {
      item: {
        Update: {
          TableName: this.tables.tokens,
          Key: { tokenId: identityKeyOf(identityId) },
          UpdateExpression: 'ADD joins :one',
          ConditionExpression: '#scope = :scope',
          ExpressionAttributeNames: { '#scope': 'scope' },
          ExpressionAttributeValues: { ':scope': scope, ':one': 1 },
        },
      },
      onConditionFailed: () =>
        ValidationError.forField('identityId', `no identity ${identityId} where this token lives`),
    };
  }

  /**
   * Deletes an identity and releases its external id, if no token joined it since it was read (`joins`):
   * the caller has checked that none of the tokens it had then is active.
   */
  public async remove(
    identity: Pick<IdentityRecord, 'identityId' | 'scope' | 'externalId' | 'joins'>,
    at: string,
    audit: TransactionStep,
  ): Promise<void> {
    const { identityId, scope } = identity;
    await transactWrite(this.client, [
      {
        item: {
          Delete: {
            TableName: this.tables.tokens,
            Key: { tokenId: identityKeyOf(identityId) },
            ConditionExpression: '#scope = :scope AND (attribute_not_exists(joins) OR joins = :joins)',
            ExpressionAttributeNames: { '#scope': 'scope' },
            ExpressionAttributeValues: { ':scope': scope, ':joins': identity.joins ?? 0 },
          },
        },
        onConditionFailed: () =>
          new ConflictError(
            'A token joined the identity while it was being deleted. Revoke it, or move it out, first.',
            'identity_has_tokens',
          ),
      },
      this.#releaseStep(scope, identity.externalId, identityId),
      audit,
      ...this.#feed.appendSteps(identityKeyOf(identityId), at),
    ]);
  }

  #claimStep(scope: string, externalId: string, identityId: string): TransactionStep {
    return {
      item: {
        Put: {
          TableName: this.tables.tokens,
          Item: { tokenId: externalIdKeyOf(scope, externalId), claimedBy: identityId },
          ConditionExpression: 'attribute_not_exists(tokenId)',
        },
      },
      onConditionFailed: externalIdTaken(externalId),
    };
  }

  #releaseStep(scope: string, externalId: string, identityId: string): TransactionStep {
    return {
      item: {
        Delete: {
          TableName: this.tables.tokens,
          Key: { tokenId: externalIdKeyOf(scope, externalId) },
          ConditionExpression: 'claimedBy = :identityId',
          ExpressionAttributeValues: { ':identityId': identityId },
        },
      },
    };
  }
}
