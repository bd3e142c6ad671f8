import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM with a fresh 96-bit IV per message and `aad` bound as additional data, so a ciphertext opens
 * only where it was sealed for. The sealed form is `iv.tag.ciphertext`, each base64url: one string to store.
 */
export const gcmSeal = (key: Buffer, aad: string, plaintext: Buffer | string): string => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(aad));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join('.');
};

/** Opens what `gcmSeal` sealed with the same key and `aad`; throws when either differs or it was altered. */
export const gcmOpen = (key: Buffer, aad: string, sealed: string): Buffer => {
  const [iv, tag, ciphertext] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (iv === undefined || tag === undefined || ciphertext === undefined)
    throw new Error('Malformed sealed value.');
  const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(aad)).setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
};
