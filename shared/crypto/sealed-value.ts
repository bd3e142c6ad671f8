import { gcmOpen, gcmSeal } from './aes-gcm.js';
import type { DataKeys } from './data-keys.js';

/**
 * A token value kept so it can be shown again (a workspace or project that opted in): AES-256-GCM under a data
 * key of its own, stored only wrapped (KMS on AWS). The token id is bound to both the wrapping and the
 * ciphertext, so neither can be moved to another token.
 */
export interface SealedValue {
  readonly wrappedKey: string;
  /** `iv.tag.ciphertext`, each base64url. */
  readonly sealed: string;
}

const contextOf = (tokenId: string) => ({ purpose: 'keyward-reveal', tokenId });
const aadOf = (tokenId: string) => `keyward-reveal/${tokenId}`;

export const sealValue = async (dataKeys: DataKeys, tokenId: string, value: string): Promise<SealedValue> => {
  const { plaintext, wrapped } = await dataKeys.generate(contextOf(tokenId));
  try {
    return { wrappedKey: wrapped, sealed: gcmSeal(plaintext, aadOf(tokenId), value) };
  } finally {
    plaintext.fill(0);
  }
};

export const openValue = async (dataKeys: DataKeys, tokenId: string, value: SealedValue): Promise<string> => {
  const key = await dataKeys.unwrap(value.wrappedKey, contextOf(tokenId));
  try {
    return gcmOpen(key, aadOf(tokenId), value.sealed).toString('utf8');
  } finally {
    key.fill(0);
  }
};
