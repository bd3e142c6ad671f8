import { endOfLife } from '../domain/lifecycle.js';
import type { TokenRecord } from '../domain/token.js';
import type { VerifiedToken } from './outcome.js';

/**
 * What verification derives from a token item — parsed dates, decoded hashes, the public view, route
 * decisions — computed once per item object. Items are never mutated (the cache replaces them), so a
 * cached token costs these conversions once, not once per request.
 */
export interface RecordFacts {
  readonly verified: VerifiedToken;
  readonly hash: Buffer;
  readonly previousHash?: Buffer;
  readonly previousUntilMs?: number;
  /** End of life in epoch ms, if the token has one. */
  readonly endMs?: number;
  readonly lastUsedMs?: number;
  /** `METHOD path` → allowed, for this item's scopes (bounded). */
  readonly decisions: Map<string, boolean>;
  /** Digest of the secret that last matched `hash` (see `secretDigest`); set by verification. */
  provenSecretDigest?: string;
}

const MAX_DECISIONS = 64;
const memo = new WeakMap<TokenRecord, RecordFacts>();

const epochOf = (iso: string | undefined): number | undefined =>
  iso === undefined ? undefined : Date.parse(iso);

export const verifiedTokenOf = (token: TokenRecord): VerifiedToken => ({
  id: token.tokenId,
  kind: token.kind,
  ownerType: token.ownerType,
  ownerId: token.ownerId,
  ...(token.workspaceId === undefined ? {} : { workspaceId: token.workspaceId }),
  ...(token.environmentId === undefined ? {} : { environmentId: token.environmentId }),
  scopes: token.scopes ?? null,
  ...(token.apiAccess === undefined
    ? {}
    : { apiAccess: { type: token.apiAccess.type, byPath: token.apiAccess.byPath } }),
  createdAt: token.createdAt,
  lastUsedAt: token.lastUsedAt ?? null,
  expiresAt: token.expiresAt ?? null,
  staleAt: token.staleAt ?? null,
});

export const factsOf = (token: TokenRecord): RecordFacts => {
  let facts = memo.get(token);
  if (facts === undefined) {
    const previousUntilMs = epochOf(token.previousHashUntil);
    const endMs = epochOf(endOfLife(token));
    const lastUsedMs = epochOf(token.lastUsedAt);
    facts = {
      verified: verifiedTokenOf(token),
      hash: Buffer.from(token.hash, 'base64url'),
      ...(token.previousHash === undefined
        ? {}
        : { previousHash: Buffer.from(token.previousHash, 'base64url') }),
      ...(previousUntilMs === undefined ? {} : { previousUntilMs }),
      ...(endMs === undefined ? {} : { endMs }),
      ...(lastUsedMs === undefined ? {} : { lastUsedMs }),
      decisions: new Map(),
    };
    memo.set(token, facts);
  }
  return facts;
};

/** A route decision for this item, computed once per method and path. */
export const decisionFor = (facts: RecordFacts, key: string, decide: () => boolean): boolean => {
  const known = facts.decisions.get(key);
  if (known !== undefined) return known;
  const allowed = decide();
  if (facts.decisions.size < MAX_DECISIONS) facts.decisions.set(key, allowed);
  return allowed;
};
