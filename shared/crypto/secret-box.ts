import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { KeyProvider } from './key-provider.js';

/**
 * Secrets Keyward must use again, not just recognise — webhook signing secrets — are kept encrypted:
 * AES-256-GCM under a key derived (HKDF-SHA-256) from a pepper version and a purpose, so the key is as well kept
 * as the peppers (KMS on AWS) and differs from every HMAC key. The purpose is bound as additional data too.
 */
export interface SealedSecret {
  readonly pepperVersion: number;
  /** `iv.tag.ciphertext`, each base64url. */
  readonly sealed: string;
}

const keyFor = (pepper: Buffer, purpose: string): Buffer =>
  Buffer.from(hkdfSync('sha256', pepper, Buffer.alloc(0), `keyward/${purpose}`, 32));

export const sealSecret = async (
  keys: KeyProvider,
  purpose: string,
  secret: string,
): Promise<SealedSecret> => {
  const { version, key } = await keys.currentPepper();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(key, purpose), iv).setAAD(Buffer.from(purpose));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'));
  return { pepperVersion: version, sealed: parts.join('.') };
};

export const openSecret = async (
  keys: KeyProvider,
  purpose: string,
  sealed: SealedSecret,
): Promise<string> => {
  const [iv, tag, ciphertext] = sealed.sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (iv === undefined || tag === undefined || ciphertext === undefined)
    throw new Error('Malformed sealed secret.');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    keyFor(await keys.pepper(sealed.pepperVersion), purpose),
    iv,
  )
    .setAAD(Buffer.from(purpose))
    .setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
};
