import type { CreditAttributes } from './credits.js';
import type { RateLimit } from './rate-limit.js';

/**
 * An identity: someone outside Keyward — a customer, a tenant of the user's own product — that tokens may
 * belong to, named by the user's own `externalId`. Its rate limit and credits are shared by all its tokens,
 * counted on the identity's own item with the same single conditional writes as a token's, so the counts
 * stay exact however many tokens and verifiers race.
 *
 * An identity belongs to a workspace or a project (its scope), and only that scope's tokens may join it.
 */
export interface IdentityRecord extends CreditAttributes {
  readonly identityId: string;
  /** `workspace#<id>` or `project#<id>`: where the identity lives (the audit scope of its tokens). */
  readonly scope: string;
  readonly externalId: string;
  readonly meta: Readonly<Record<string, unknown>>;
  readonly rateLimit?: RateLimit;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  /**
   * How many times a token joined it (created in it or moved into it), counted in the joining token's own
   * transaction: deleting the identity is conditional on the count it read, so a token that joins while
   * the identity is being deleted makes one of the two fail instead of both succeeding.
   */
  readonly joins?: number;
}

export const IDENTITY_BOUNDS = {
  externalId: { min: 1, max: 256 },
  /** The serialized metadata stays small: it travels with every identity read. */
  metaBytes: 4_096,
} as const;

/**
 * Identities share the Tokens table with tokens (whose ids are 24 hex characters, so the prefixed keys never
 * meet one): the authorizer then reads and counts an identity with the one table it already has.
 */
export const identityKeyOf = (identityId: string): string => `identity#${identityId}`;

/** The item that reserves an external id in a scope, so it names one identity there. */
export const externalIdKeyOf = (scope: string, externalId: string): string =>
  `identity-external#${scope}#${externalId}`;

/** Partition of the byOwner index that lists a scope's identities (never a token owner's key). */
export const identityListKeyOf = (scope: string): string => `identities@${scope}`;

/** How an audit event names an identity. */
export const auditTargetOfIdentity = (identity: Pick<IdentityRecord, 'identityId' | 'externalId'>) =>
  ({ type: 'identity', id: identity.identityId, name: identity.externalId }) as const;
