import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../domain/errors.js';
import { counterKeyOf, type RotatedSecret, type TokenRecord } from '../domain/token.js';
import { ChangeFeedRepository } from './change-feed-repository.js';
import type { Page, PageRequest } from './cursor.js';
import { newestFirstPage } from './index-page.js';
import { OwnerCounterRepository } from './owner-counters.js';
import type { TableNames } from './tables.js';
import {
  secretUnchanged,
  tokenBelongsToOwner,
  tokenIsActive,
  tokenIsNew,
  tokenNotActive,
  tokenStillInShard,
} from './token-conditions.js';
import { type AccompanyingSteps, stepsOf, type TransactionStep, transactWrite } from './transact.js';
import { attributeUpdateOf } from './update-expression.js';

export { tokenNotActive };

/**
 * Token items: read, list, create, change, rotate, end and delete. Every change that touches more than one
 * item (token, owner counter, audit event, change-feed entry) is a single transaction, so a crash can never
 * leave a counter that disagrees with the tokens. The counters, the sweep index and the hot-path touch are
 * their own modules (owner-counters, sweep-index-repository, token-usage-repository).
 */

// Replaces the secret and stamps the rotation (`rotatedAt` is what `secretUnchanged` compares).
const setSecret =
  '#hash = :hash, pepperVersion = :pv, #start = :start, updatedAt = :now, rotatedOut = :rotatedOut, rotatedAt = :now, rotatedBy = :by';

export interface SecretChange {
  readonly hash: string;
  readonly pepperVersion: number;
  readonly start: string;
  readonly previous?: RotatedSecret;
  /** The replaced hash first, then earlier ones (see `rotatedOutAfter`). */
  readonly rotatedOut: readonly RotatedSecret[];
  /** Principal id, or `self` when the token rotated itself. */
  readonly rotatedBy: string;
  /** A rotation stamped at or after this moment makes this one fail (`rotationConflictBoundary`). */
  readonly conflictsWithRotationsAfter: string;
}

export class TokenRepository {
  /** Every change of a token is announced on the change feed in its own transaction (verifier caches). */
  readonly #feed: ChangeFeedRepository;
  readonly #counters: OwnerCounterRepository;

  public constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tables: TableNames,
  ) {
    this.#feed = new ChangeFeedRepository(client, tables.events);
    this.#counters = new OwnerCounterRepository(client, tables);
  }

  public async get(tokenId: string): Promise<TokenRecord | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tables.tokens, Key: { tokenId }, ConsistentRead: true }),
    );
    return Item as TokenRecord | undefined;
  }

  /** Newest first. */
  public listByOwner(ownerKey: string, page: PageRequest): Promise<Page<TokenRecord>> {
    return newestFirstPage(this.client, {
      table: this.tables.tokens,
      index: 'byOwner',
      partition: ['ownerKey', ownerKey],
      page,
    });
  }

  /** Steps that store a new token if its owner is below `maxPerOwner` active tokens, counting it. */
  public createSteps(token: TokenRecord, maxPerOwner: number): TransactionStep[] {
    return [
      this.#counters.step(counterKeyOf(token), +1, maxPerOwner),
      { item: { Put: { TableName: this.tables.tokens, Item: token, ConditionExpression: tokenIsNew } } },
    ];
  }

  public async putWithOwnerCounter(
    token: TokenRecord,
    maxPerOwner: number,
    audit: AccompanyingSteps,
  ): Promise<void> {
    await transactWrite(this.client, [...this.createSteps(token, maxPerOwner), ...stepsOf(audit)]);
  }

  /**
   * Applies `changes` (an `undefined` value removes the attribute) to an active token of `ownerKey`. When
   * the token moves to another counter (a project token changing environment), the slot moves with it,
   * subject to the new counter's limit, in the same transaction.
   */
  public async update(
    tokenId: string,
    ownerKey: string,
    changes: Readonly<Record<string, unknown>> & { readonly updatedAt: string },
    audit: AccompanyingSteps,
    options: {
      readonly moveCounter?: { readonly from: string; readonly to: string; readonly max: number };
      /** Numbers added atomically to what the item holds (a credit top-up), whatever raced it. */
      readonly increments?: Readonly<Record<string, number>>;
    } = {},
  ): Promise<void> {
    const { moveCounter, increments = {} } = options;
    const update = attributeUpdateOf(changes, increments);
    await transactWrite(this.client, [
      {
        item: {
          Update: {
            TableName: this.tables.tokens,
            Key: { tokenId },
            UpdateExpression: update.UpdateExpression,
            ConditionExpression: `${tokenBelongsToOwner} AND ${tokenIsActive}`,
            ExpressionAttributeNames: { '#status': 'status', ...update.ExpressionAttributeNames },
            ExpressionAttributeValues: {
              ':ownerKey': ownerKey,
              ':active': 'active',
              ...update.ExpressionAttributeValues,
            },
          },
        },
        onConditionFailed: () => tokenNotActive(tokenId),
      },
      ...(moveCounter === undefined
        ? []
        : [
            this.#counters.step(moveCounter.to, +1, moveCounter.max),
            this.#counters.step(moveCounter.from, -1),
          ]),
      ...stepsOf(audit),
      ...this.#feed.appendSteps(tokenId, changes.updatedAt),
    ]);
  }

  /**
   * Issues a new secret for an active token, if it still holds the secret it was read with: of racing
   * regenerates exactly one wins, so nobody is handed a value a concurrent winner already replaced. The
   * old hash joins `rotatedOut` (reuse detection) and, with a grace period, stays valid as `previousHash`.
   */
  public async replaceSecret(
    token: Pick<TokenRecord, 'tokenId' | 'ownerKey' | 'hash'>,
    change: SecretChange,
    updatedAt: string,
    audit: AccompanyingSteps,
  ): Promise<void> {
    const { previous } = change;
    await transactWrite(this.client, [
      {
        item: {
          Update: {
            TableName: this.tables.tokens,
            Key: { tokenId: token.tokenId },
            UpdateExpression:
              previous === undefined
                ? `SET ${setSecret} REMOVE previousHash, previousPepperVersion, previousHashUntil`
                : `SET ${setSecret}, previousHash = :prevHash, previousPepperVersion = :prevPv, previousHashUntil = :until`,
            ConditionExpression: `${tokenBelongsToOwner} AND ${tokenIsActive} AND ${secretUnchanged}`,
            ExpressionAttributeNames: { '#status': 'status', '#hash': 'hash', '#start': 'start' },
            ExpressionAttributeValues: {
              ':ownerKey': token.ownerKey,
              ':active': 'active',
              ':readHash': token.hash,
              ':settled': change.conflictsWithRotationsAfter,
              ':hash': change.hash,
              ':pv': change.pepperVersion,
              ':start': change.start,
              ':now': updatedAt,
              ':rotatedOut': change.rotatedOut,
              ':by': change.rotatedBy,
              ...(previous === undefined
                ? {}
                : {
                    ':prevHash': previous.hash,
                    ':prevPv': previous.pepperVersion,
                    ':until': previous.until,
                  }),
            },
          },
        },
        onConditionFailed: () =>
          new ConflictError(
            `Token ${token.tokenId} changed while it was being regenerated (or is no longer active); read it again.`,
            'token_changed',
          ),
      },
      ...stepsOf(audit),
      ...this.#feed.appendSteps(token.tokenId, updatedAt),
    ]);
  }

  /**
   * Marks an active token `revoked` (or `expired`) and frees its slot in the owner's counter, in one step.
   * The sweep shard is removed so the sweeper never sees the token again; `ttl` keeps it listable a while.
   */
  public async endWithOwnerCounter(
    token: Pick<TokenRecord, 'tokenId' | 'ownerKey' | 'counterKey'>,
    end: {
      readonly status: 'revoked' | 'expired';
      readonly at: string;
      readonly ttl: number;
      /** Expire only if the token is still in this sweep shard, i.e. no use moved its end meanwhile. */
      readonly stillInShard?: string;
      /** Why a revocation happened, stamped with its time (`leakedAt`, `reuseDetectedAt`). */
      readonly markedAs?: 'leakedAt' | 'reuseDetectedAt';
    },
    audit: AccompanyingSteps,
  ): Promise<void> {
    await transactWrite(this.client, [
      {
        item: {
          Update: {
            TableName: this.tables.tokens,
            Key: { tokenId: token.tokenId },
            UpdateExpression: `SET #status = :status, updatedAt = :at, ${end.status}At = :at, ${end.markedAs === undefined ? '' : `${end.markedAs} = :at, `}#ttl = :ttl REMOVE sweepShard`,
            ConditionExpression: [
              tokenBelongsToOwner,
              tokenIsActive,
              ...(end.stillInShard === undefined ? [] : [tokenStillInShard]),
            ].join(' AND '),
            ExpressionAttributeNames: { '#status': 'status', '#ttl': 'ttl' },
            ExpressionAttributeValues: {
              ':ownerKey': token.ownerKey,
              ':active': 'active',
              ':status': end.status,
              ':at': end.at,
              ':ttl': end.ttl,
              ...(end.stillInShard === undefined ? {} : { ':shard': end.stillInShard }),
            },
          },
        },
        onConditionFailed: () => tokenNotActive(token.tokenId),
      },
      this.#counters.step(counterKeyOf(token), -1),
      ...stepsOf(audit),
      ...this.#feed.appendSteps(token.tokenId, end.at),
    ]);
  }

  /**
   * Deletes a token item for good (kinds whose delete removes), with its audit event and a change-feed entry
   * so caching verifiers forget it within the bound. An active token also frees its slot; the condition on
   * the status read keeps a concurrent revoke or expiry from freeing it twice.
   */
  public async remove(
    token: Pick<TokenRecord, 'tokenId' | 'ownerKey' | 'counterKey' | 'status'>,
    at: string,
    audit: AccompanyingSteps,
  ): Promise<void> {
    await transactWrite(this.client, [
      {
        item: {
          Delete: {
            TableName: this.tables.tokens,
            Key: { tokenId: token.tokenId },
            ConditionExpression: `${tokenBelongsToOwner} AND #status = :status`,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':ownerKey': token.ownerKey, ':status': token.status },
          },
        },
        onConditionFailed: () =>
          new ConflictError(
            `Token ${token.tokenId} changed while it was being deleted; read it again.`,
            'token_changed',
          ),
      },
      ...(token.status === 'active' ? [this.#counters.step(counterKeyOf(token), -1)] : []),
      ...stepsOf(audit),
      ...this.#feed.appendSteps(token.tokenId, at),
    ]);
  }

  /** Every token of an owner (all pages of the byOwner index); for limit recovery and reconciliation. */
  public async allOfOwner(ownerKey: string): Promise<TokenRecord[]> {
    const tokens: TokenRecord[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.listByOwner(ownerKey, {
        limit: 100,
        ...(cursor === undefined ? {} : { cursor }),
      });
      tokens.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return tokens;
  }
}
