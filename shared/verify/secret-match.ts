import type { KeyProvider } from '../crypto/key-provider.js';
import { digestsEqual, hmacMatches, secretDigest, secretMatches } from '../crypto/token-hasher.js';
import { endedSecretsOf, inGraceSecretsOf } from '../domain/rotation.js';
import type { TokenRecord } from '../domain/token.js';
import { factsOf } from './record-facts.js';

/** Whether the value is one of the token's rotated-out secrets whose grace has ended (reuse). */
export const isEndedSecret = async (
  keys: KeyProvider,
  secret: string,
  token: TokenRecord,
  nowMs: number,
): Promise<boolean> => {
  const ended = endedSecretsOf(token, nowMs);
  const matches = await Promise.all(ended.map((rotated) => secretMatches(keys, secret, rotated)));
  return matches.includes(true);
};

/** Which of a token's live secrets a presented value is: the current one, or a replaced one in its grace. */
export type SecretMatch = 'current' | 'previous';

const pepperOf = async (keys: KeyProvider, version: number): Promise<Buffer> =>
  keys.loadedPepper?.(version) ?? (await keys.pepper(version));

/**
 * The one rule for "this value opens this token": its current secret, or a replaced one while its own
 * grace period runs (each rotation's grace is its own, so rotating again does not cut an earlier value off). Verification, leak reports and self-rotation all ask it.
 *
 * With `rememberDigest` (verifiers that cache items), the item's facts remember the digest of the current
 * secret once it has matched, so repeated requests compare digests instead of recomputing the HMAC.
 */
export const secretMatchOf = async (
  keys: KeyProvider,
  secret: string,
  token: TokenRecord,
  nowMs: number,
  rememberDigest = false,
): Promise<SecretMatch | undefined> => {
  const facts = factsOf(token);
  const digest = rememberDigest ? secretDigest(secret) : undefined;
  const proven = facts.provenSecretDigest;
  if (digest !== undefined && proven !== undefined && digestsEqual(digest, proven)) return 'current';
  if (hmacMatches(await pepperOf(keys, token.pepperVersion), secret, facts.hash)) {
    if (digest !== undefined) facts.provenSecretDigest = digest;
    return 'current';
  }
  const { previousHash, previousUntilMs } = facts;
  const { previousPepperVersion } = token;
  // The value replaced last first (its hash is decoded once per item), then any other still in its grace.
  if (
    previousHash !== undefined &&
    previousUntilMs !== undefined &&
    previousPepperVersion !== undefined &&
    previousUntilMs > nowMs &&
    hmacMatches(await pepperOf(keys, previousPepperVersion), secret, previousHash)
  )
    return 'previous';
  const others = inGraceSecretsOf(token, nowMs).filter((rotated) => rotated.hash !== token.previousHash);
  for (const rotated of others) if (await secretMatches(keys, secret, rotated)) return 'previous';
  return undefined;
};
