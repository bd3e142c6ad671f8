import { creditBalanceOf } from '../../domain/credits.js';
import { tokenKinds } from '../../domain/kinds.js';
import type { RateLimit } from '../../domain/rate-limit.js';
import { completeScopes } from '../../domain/scopes.js';
import type { RecentSource, TokenRecord } from '../../domain/token.js';
import { effectiveStatus } from '../../domain/token.js';

/** A token as the management API shows it: no hash, no secret, status decided against the clock. */
export interface TokenView {
  readonly id: string;
  readonly kind: TokenRecord['kind'];
  readonly ownerType: TokenRecord['ownerType'];
  readonly ownerId: string;
  readonly name: string;
  readonly description: string | null;
  readonly start: string;
  readonly scopes: TokenRecord['scopes'] | null;
  readonly status: TokenRecord['status'];
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly lastUsedAt: string | null;
  /** The addresses it was last used from, newest first (at most five; none before it was used). */
  readonly recentSources: readonly RecentSource[];
  readonly staleAt: string | null;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
  readonly rateLimit: RateLimit | null;
  /** Its credits as the next verification sees them, if it has any. */
  readonly credits: ReturnType<typeof creditBalanceOf>;
  /** The identity it belongs to, if any. */
  readonly identityId: string | null;
  readonly rotatedAt: string | null;
  /** Principal id of who regenerated it last, or `self`. */
  readonly rotatedBy: string | null;
  /** When a leak report revoked it. */
  readonly leakedAt: string | null;
  /** When a rotated-out value was presented, which revoked it. */
  readonly reuseDetectedAt: string | null;
}

/** A token's view with its value, the one time it is shown: on create, regenerate and rotation. */
export interface IssuedTokenView extends TokenView {
  readonly token: string;
}

export const toTokenView = (token: TokenRecord, now: Date): TokenView => ({
  id: token.tokenId,
  kind: token.kind,
  ownerType: token.ownerType,
  ownerId: token.ownerId,
  name: token.name,
  description: token.description ?? null,
  start: token.start,
  // Rebuilt in catalogue order: DynamoDB maps do not keep the order they were written in.
  scopes: scopesInCatalogueOrder(token),
  status: effectiveStatus(token, now),
  createdAt: token.createdAt,
  createdBy: token.createdBy,
  updatedAt: token.updatedAt,
  lastUsedAt: token.lastUsedAt ?? null,
  recentSources: token.recentSources ?? [],
  staleAt: token.staleAt ?? null,
  expiresAt: token.expiresAt ?? null,
  revokedAt: token.revokedAt ?? null,
  rateLimit: token.rateLimit ?? null,
  credits: creditBalanceOf(token, now),
  identityId: token.identityId ?? null,
  rotatedAt: token.rotatedAt ?? null,
  rotatedBy: token.rotatedBy ?? null,
  leakedAt: token.leakedAt ?? null,
  reuseDetectedAt: token.reuseDetectedAt ?? null,
  ...tokenKinds[token.kind].viewFields?.(token),
});

const scopesInCatalogueOrder = (token: TokenRecord): TokenView['scopes'] => {
  const catalogue = tokenKinds[token.kind].scopeCatalogue;
  if (token.scopes === undefined || catalogue === null) return token.scopes ?? null;
  return completeScopes(catalogue, token.scopes);
};
