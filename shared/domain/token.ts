import type { ApiAccess } from './content-access.js';
import type { CreditAttributes } from './credits.js';
import type { OwnerType, TokenKind } from './kinds.js';
import { isPastEndOfLife } from './lifecycle.js';
import type { RateLimit } from './rate-limit.js';
import type { TokenRestrictions } from './restrictions.js';
import type { Scopes } from './scopes.js';

export const TOKEN_STATUSES = ['active', 'revoked', 'expired'] as const;
export type TokenStatus = (typeof TOKEN_STATUSES)[number];

/** A token as stored in the Tokens table. Holds an HMAC of the secret, never the secret. */
/** An address a token was used from, and when last (GitLab keeps a token's last five). */
export interface RecentSource {
  readonly ip: string;
  readonly at: string;
}

export interface TokenRecord extends CreditAttributes {
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
  /** Counter item the token's active slot is counted in; the owner's unless the kind limits per environment. */
  readonly counterKey?: string;
  /** The environment a project (delivery) token reads. */
  readonly environmentId?: string;
  readonly restrictions?: TokenRestrictions;
  /** Type and permissions of an API token. */
  readonly apiAccess?: ApiAccess;
  /** The lifespan an API token was given, in days (`null`: unlimited). */
  readonly lifespanDays?: number | null;
  readonly disabled?: boolean;
  /** Allowed requests per fixed window, counted across every authorizer instance. */
  readonly rateLimit?: RateLimit;
  /** The identity whose shared rate limit and credits the token also counts against (see identity.ts). */
  readonly identityId?: string;
  readonly hash: string;
  readonly pepperVersion: number;
  /** Hashes replaced by the last few regenerates, newest first, for reuse detection. */
  readonly rotatedOut?: readonly RotatedSecret[];
  readonly rotatedAt?: string;
  /** Principal id of whoever regenerated it last, or `self` for a self-rotation. */
  readonly rotatedBy?: string;
  /** When a leak report with its value revoked it. */
  readonly leakedAt?: string;
  /** When a rotated-out value was presented, which revoked it. */
  readonly reuseDetectedAt?: string;
  /** The hash before the last regenerate, accepted until `previousHashUntil` (rolling rotation). */
  readonly previousHash?: string;
  readonly previousPepperVersion?: number;
  readonly previousHashUntil?: string;
  readonly start: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly lastUsedAt?: string;
  /** Where it was last used from, newest first, at most five (domain/token-inventory.ts). */
  readonly recentSources?: readonly RecentSource[];
  readonly staleAt?: string;
  readonly expiresAt?: string;
  readonly revokedAt?: string;
  readonly expiredAt?: string;
  readonly sweepShard?: string;
  readonly ttl?: number;
  /** Days-before-end thresholds whose expiring-soon notice was already sent. */
  readonly noticesSent?: readonly number[];
}

/** A replaced secret's hash, and until when it was (or is) still accepted. */
export interface RotatedSecret {
  readonly hash: string;
  readonly pepperVersion: number;
  readonly until: string;
}

export const ownerKeyOf = (ownerType: OwnerType, ownerId: string): string => `${ownerType}#${ownerId}`;

/** The status a reader should see: an active token past its end of life is expired, swept or not. */
export const effectiveStatus = (token: TokenRecord, now: Date | string): TokenStatus =>
  token.status === 'active' && isPastEndOfLife(token, now) ? 'expired' : token.status;

export const counterKeyOf = (token: Pick<TokenRecord, 'counterKey' | 'ownerKey'>): string =>
  token.counterKey ?? token.ownerKey;

/** How an audit event names a token: its id, name and kind (never its value). */
export const auditTargetOfToken = (token: Pick<TokenRecord, 'tokenId' | 'name' | 'kind'>) =>
  ({ type: 'token', id: token.tokenId, name: token.name, kind: token.kind }) as const;

/** Where a token's audit events are listed: its workspace, project or principal. */
export const auditScopeOfToken = (
  token: Pick<TokenRecord, 'workspaceId' | 'ownerType' | 'ownerId'>,
): string =>
  token.workspaceId !== undefined ? `workspace#${token.workspaceId}` : `${token.ownerType}#${token.ownerId}`;

/** What news about a token (events, logs) says: who it is, never what it is. */
export const tokenDescriptionOf = (token: TokenRecord): Readonly<Record<string, string>> => ({
  tokenId: token.tokenId,
  kind: token.kind,
  name: token.name,
  ownerType: token.ownerType,
  ownerId: token.ownerId,
  ...(token.workspaceId === undefined ? {} : { workspaceId: token.workspaceId }),
});
