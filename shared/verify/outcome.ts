import type { ApiAccess } from '../domain/content-access.js';
import type { OwnerType, TokenKind } from '../domain/kinds.js';
import type { Scopes } from '../domain/scopes.js';

/** What a verified token is allowed to tell its caller (never the hash or the secret). */
export interface VerifiedToken {
  readonly id: string;
  readonly kind: TokenKind;
  readonly ownerType: OwnerType;
  readonly ownerId: string;
  readonly workspaceId?: string;
  /** The environment a project (delivery) token reads. */
  readonly environmentId?: string;
  readonly scopes: Scopes | null;
  /** An API token's type and per-content-type actions. */
  readonly apiAccess?: Pick<ApiAccess, 'type' | 'byPath'>;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly expiresAt: string | null;
  readonly staleAt: string | null;
}

/** Denials decided before a token is identified: no token details can be returned. */
export type UnidentifiedCode = 'MALFORMED' | 'NOT_FOUND';
/** Denials of an identified token. */
export type IdentifiedDenialCode =
  | 'REVOKED'
  | 'DISABLED'
  | 'EXPIRED'
  | 'FORBIDDEN'
  | 'INSUFFICIENT_SCOPE'
  | 'RATE_LIMITED'
  | 'USAGE_EXCEEDED';
export type VerificationCode = 'VALID' | UnidentifiedCode | IdentifiedDenialCode;

/** The identity a token belongs to, as its caller may see it. */
export interface VerifiedIdentity {
  readonly id: string;
  readonly externalId: string;
  /** For an identity with credits: what is left after this verification spent its cost. */
  readonly creditsRemaining?: number;
}

export type VerificationResult =
  | {
      readonly valid: true;
      readonly code: 'VALID';
      readonly token: VerifiedToken;
      /** For a token with credits: what is left after this verification spent its cost. */
      readonly creditsRemaining?: number;
      /** The identity the token belongs to, if any. */
      readonly identity?: VerifiedIdentity;
    }
  | { readonly valid: false; readonly code: UnidentifiedCode; readonly token?: never }
  | {
      readonly valid: false;
      readonly code: IdentifiedDenialCode;
      readonly token: VerifiedToken;
      /** For RATE_LIMITED: seconds until the token's window resets; USAGE_EXCEEDED: until its next refill. */
      readonly retryAfterSeconds?: number;
    };

export const VERIFICATION_CODES: readonly VerificationCode[] = [
  'VALID',
  'MALFORMED',
  'NOT_FOUND',
  'REVOKED',
  'DISABLED',
  'EXPIRED',
  'FORBIDDEN',
  'INSUFFICIENT_SCOPE',
  'RATE_LIMITED',
  'USAGE_EXCEEDED',
];

/**
 * How a denial maps to HTTP: the token itself is unusable (401, present a valid one), the token is fine
 * but not for this request (403), or it has used its rate limit or its credits for now (429).
 */
export const DENIAL_STATUS: Readonly<Record<Exclude<VerificationCode, 'VALID'>, 401 | 403 | 429>> = {
  MALFORMED: 401,
  NOT_FOUND: 401,
  REVOKED: 401,
  EXPIRED: 401,
  DISABLED: 401,
  FORBIDDEN: 403,
  INSUFFICIENT_SCOPE: 403,
  RATE_LIMITED: 429,
  USAGE_EXCEEDED: 429,
};
