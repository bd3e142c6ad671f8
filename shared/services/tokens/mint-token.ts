import type { KeyProvider } from '../../crypto/key-provider.js';
import { hashSecret } from '../../crypto/token-hasher.js';
import { addDays } from '../../domain/clock.js';
import type { TokenKindDefinition } from '../../domain/kinds.js';
import { expiryAttributes } from '../../domain/lifecycle.js';
import { completeScopes, type Scopes } from '../../domain/scopes.js';
import { ownerKeyOf, type TokenRecord } from '../../domain/token.js';
import { issueToken } from '../../domain/token-format.js';
import type { TokenAttributes } from './token-attributes.js';

/** What a new token is made of; the attributes beyond name and scopes apply to the kinds that have them. */
export interface TokenInput extends TokenAttributes {
  readonly name: string;
  readonly description?: string;
  readonly scopes?: Scopes;
}

/** How a new token is issued when its value must not travel in the answer alone (declared tokens). */
export interface IssueOptions {
  /** The new token's id, known beforehand so a retried request finds it. @default random */
  readonly tokenId?: string;
  /**
   * Takes the value before the token is stored, so a value is never lost with a crash between the two: a
   * token that exists has had its value delivered (a declared token's value goes to its secret this way).
   */
  readonly deliver?: (value: string) => Promise<void>;
}

export interface MintRequest {
  readonly kind: TokenKindDefinition;
  readonly ownerId: string;
  readonly workspaceId?: string;
  readonly createdBy: string;
  readonly input: TokenInput;
  /** The new token's id, where the caller must know it beforehand (a retried deployment). @default random */
  readonly tokenId?: string;
  /** Resolved kind-specific attributes (see token-attributes.ts). */
  readonly attributes?: Readonly<Record<string, unknown>>;
}

/** A new token's stored record and its one-time value. Only the HMAC of the secret goes into the record. */
export const mintToken = async (
  keys: KeyProvider,
  now: Date,
  { kind, ownerId, workspaceId, createdBy, input, attributes = {}, tokenId }: MintRequest,
): Promise<{ readonly record: TokenRecord; readonly value: string }> => {
  const issued = issueToken(kind.prefixCode, tokenId);
  const { hash, pepperVersion } = await hashSecret(keys, issued.secret);
  const expiresAt = input.lifespanDays == null ? undefined : addDays(now, input.lifespanDays).toISOString();
  const record: TokenRecord = {
    tokenId: issued.tokenId,
    kind: kind.kind,
    ownerType: kind.ownerType,
    ownerId,
    ownerKey: ownerKeyOf(kind.ownerType, ownerId),
    ...(workspaceId === undefined ? {} : { workspaceId }),
    name: input.name,
    ...(input.description === undefined ? {} : { description: input.description }),
    ...(kind.scopeCatalogue === null || input.scopes === undefined
      ? {}
      : { scopes: completeScopes(kind.scopeCatalogue, input.scopes) }),
    status: 'active',
    hash,
    pepperVersion,
    start: issued.start,
    createdAt: now.toISOString(),
    createdBy,
    updatedAt: now.toISOString(),
    ...expiryAttributes(kind, issued.tokenId, now, expiresAt),
    ...(input.lifespanDays === undefined ? {} : { lifespanDays: input.lifespanDays }),
    ...attributes,
  };
  return { record, value: issued.value };
};
