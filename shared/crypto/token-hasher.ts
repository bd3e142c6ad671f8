import { createHmac, timingSafeEqual } from 'node:crypto';
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
