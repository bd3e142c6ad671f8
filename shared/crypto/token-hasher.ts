import { createHmac, hash, timingSafeEqual } from 'node:crypto';
import type { KeyProvider } from './key-provider.js';

/** What is stored for a secret: its HMAC under a pepper version. */
export interface SecretHash {
  readonly hash: string;
  readonly pepperVersion: number;
}

export const hmacSecret = (pepper: Buffer, secret: string): Buffer =>
  createHmac('sha256', pepper).update(secret).digest();

export const hashSecret = async (keys: KeyProvider, secret: string): Promise<SecretHash> => {
  const { version, key } = await keys.currentPepper();
  return { hash: hmacSecret(key, secret).toString('base64url'), pepperVersion: version };
};

/** Constant-time comparison of a presented secret's HMAC with an expected (decoded) hash. */
export const hmacMatches = (pepper: Buffer, secret: string, expected: Buffer): boolean => {
  const actual = hmacSecret(pepper, secret);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
};

/** Constant-time comparison of a presented secret with a stored hash. */
export const secretMatches = async (
  keys: KeyProvider,
  secret: string,
  stored: SecretHash,
): Promise<boolean> => {
  const pepper = keys.loadedPepper?.(stored.pepperVersion) ?? (await keys.pepper(stored.pepperVersion));
  return hmacMatches(pepper, secret, Buffer.from(stored.hash, 'base64url'));
};

/**
 * A plain SHA-256 of a secret, kept only in memory: once a secret has matched its stored HMAC, a cached item
 * remembers this digest, and later requests with the same secret compare digests instead of recomputing the
 * HMAC (a third of the cost). The secrets are 190 random bits, so an unsalted digest reveals nothing.
 */
export const secretDigest = (secret: string): string => hash('sha256', secret, 'base64url');

/** Compares two digests in time that depends only on their length. */
export const digestsEqual = (a: string, b: string): boolean => {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
};
