/** A secret sealed with a pepper-derived key (shared/crypto/secret-box.ts seals and opens it). */
export interface SealedSecret {
  readonly pepperVersion: number;
  /** `iv.tag.ciphertext`, each base64url. */
  readonly sealed: string;
}
