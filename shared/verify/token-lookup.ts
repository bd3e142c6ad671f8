import type { KeyProvider } from '../crypto/key-provider.js';
import type { Clock } from '../domain/clock.js';
import { type IdentityRecord, identityKeyOf } from '../domain/identity.js';
import { kindOfPrefix } from '../domain/kinds.js';
import type { TokenRecord } from '../domain/token.js';
import type { ParsedToken } from '../domain/token-format.js';
import { secretMatchOf } from './secret-match.js';
import type { CachedItem } from './token-cache.js';
import type { VerificationCache } from './verification-cache.js';

/** How verification finds a presented token: through the cache when there is one, and its secret against it. */

/** The reads of a token and its identity. */
export interface TokenSource {
  get(tokenId: string): Promise<TokenRecord | undefined>;
  getIdentity(identityId: string): Promise<IdentityRecord | undefined>;
}

export interface LookupDependencies {
  readonly store: TokenSource;
  readonly keys: KeyProvider;
  readonly clock: Clock;
  /** Absent: every lookup reads the store. */
  readonly cache?: VerificationCache;
}

/** An item through the cache, when there is one; `key` says which item it is (see `CachedItem`). */
const load = async <T extends CachedItem>(
  deps: LookupDependencies,
  key: string,
  read: () => Promise<T | undefined>,
): Promise<T | undefined> => {
  const { cache } = deps;
  if (cache === undefined) return read();
  const cached = await cache.get(key);
  // The key space decides the type: token ids are hex, identity keys are prefixed (domain/identity.ts).
  if (cached !== undefined) return (cached ?? undefined) as T | undefined;
  const ticket = cache.ticket();
  const item = await read();
  cache.set(key, item, ticket);
  return item;
};

const loadToken = (deps: LookupDependencies, tokenId: string) =>
  load(deps, tokenId, () => deps.store.get(tokenId));

/** A token's identity; one that was deleted since the token joined it has no limits left to apply. */
export const loadIdentity = (deps: LookupDependencies, identityId: string) =>
  load(deps, identityKeyOf(identityId), () => deps.store.getIdentity(identityId));

/**
 * The token a parsed value names, and whether the value opens it (its kind, and a live secret of it). A value
 * issued since the token was cached (a regenerate, a rotation) is not refused for the revocation bound: the
 * cache reads the token again for a value it does not know, at most once a second per token.
 */
export const lookUp = async (
  deps: LookupDependencies,
  parsed: ParsedToken,
): Promise<{ readonly token: TokenRecord | undefined; readonly matched: boolean }> => {
  const startedAtMs = deps.clock.now().getTime();
  const kind = kindOfPrefix(parsed.prefixCode).kind;
  const opens = async (record: TokenRecord | undefined): Promise<boolean> =>
    record !== undefined &&
    record.kind === kind &&
    (await secretMatchOf(
      deps.keys,
      parsed.secret,
      record,
      deps.clock.now().getTime(),
      deps.cache !== undefined,
    )) !== undefined;
  let token = await loadToken(deps, parsed.tokenId);
  let matched = await opens(token);
  if (!matched && token?.kind === kind && deps.cache?.recheck(parsed.tokenId, startedAtMs)) {
    token = await loadToken(deps, parsed.tokenId);
    matched = await opens(token);
  }
  return { token, matched };
};
