import { hkdfSync } from 'node:crypto';
import type { SealedSecret } from '../domain/sealed-secret.js';
import { gcmOpen, gcmSeal } from './aes-gcm.js';
import type { KeyProvider } from './key-provider.js';

/**
 * Secrets Keyward must use again, not just recognise — webhook signing secrets — are kept encrypted:
 * AES-256-GCM under a key derived (HKDF-SHA-256) from a pepper version and a purpose, so the key is as well kept
 * as the peppers (KMS on AWS) and differs from every HMAC key. The purpose is bound as additional data too.
 */
export type { SealedSecret };

const keyFor = (pepper: Buffer, purpose: string): Buffer =>
  Buffer.from(hkdfSync('sha256', pepper, Buffer.alloc(0), `keyward/${purpose}`, 32));

export const sealSecret = async (
  keys: KeyProvider,
  purpose: string,
  secret: string | Buffer,
): Promise<SealedSecret> => {
  const { version, key } = await keys.currentPepper();
  return { pepperVersion: version, sealed: gcmSeal(keyFor(key, purpose), purpose, secret) };
};

export const openSecretBytes = async (
  keys: KeyProvider,
  purpose: string,
  sealed: SealedSecret,
): Promise<Buffer> =>
  gcmOpen(keyFor(await keys.pepper(sealed.pepperVersion), purpose), purpose, sealed.sealed);

export const openSecret = async (keys: KeyProvider, purpose: string, sealed: SealedSecret): Promise<string> =>
  (await openSecretBytes(keys, purpose, sealed)).toString('utf8');
