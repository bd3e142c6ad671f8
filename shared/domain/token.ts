import type { OwnerType, TokenKind } from './kinds.js';
import { isPastEndOfLife } from './lifecycle.js';
import type { Scopes } from './scopes.js';

export const TOKEN_STATUSES = ['active', 'revoked', 'expired'] as const;
export type TokenStatus = (typeof TOKEN_STATUSES)[number];

/** A token as stored in the Tokens table. Holds an HMAC of the secret, never the secret. */
export interface TokenRecord {
  readonly tokenId: string;
  readonly kind: TokenKind;
  readonly ownerType: OwnerType;
  readonly ownerId: string;
  /** `<ownerType>#<ownerId>`: partition of the byOwner index and of the owner's counter. */
  readonly ownerKey: string;
  /** Workspace the owner belongs to, when it belongs to one (audit partition, tenant checks). */
  readonly workspaceId?: string;
  readonly name: string;
  readonly description?: string;
  readonly scopes?: Scopes;
  readonly status: TokenStatus;
  readonly disabled?: boolean;
  readonly hash: string;
  readonly pepperVersion: number;
  /** The hash before the last regenerate, accepted until `previousHashUntil` (rolling rotation). */
  readonly previousHash?: string;
  readonly previousPepperVersion?: number;
  readonly previousHashUntil?: string;
  readonly start: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly lastUsedAt?: string;
  readonly staleAt?: string;
  readonly expiresAt?: string;
  readonly revokedAt?: string;
  readonly sweepShard?: string;
  readonly ttl?: number;
}

export const ownerKeyOf = (ownerType: OwnerType, ownerId: string): string => `${ownerType}#${ownerId}`;

/** The status a reader should see: an active token past its end of life is expired, swept or not. */
export const effectiveStatus = (token: TokenRecord, now: Date): TokenStatus =>
  token.status === 'active' && isPastEndOfLife(token, now) ? 'expired' : token.status;
