import { randomBytes } from 'node:crypto';
import { DecryptCommand, GenerateDataKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { KeyProvider } from './key-provider.js';
import { openSecretBytes, sealSecret } from './secret-box.js';

/**
 * Envelope encryption's data keys: a fresh 256-bit key per value, kept only in its wrapped form. The context
 * is bound to the wrapping (KMS encryption context; additional data locally), so a wrapped key opens only for
 * what it was made for.
 */
export interface DataKeys {
  generate(context: Readonly<Record<string, string>>): Promise<{ plaintext: Buffer; wrapped: string }>;
  unwrap(wrapped: string, context: Readonly<Record<string, string>>): Promise<Buffer>;
}

/**
 * AWS: `GenerateDataKey` and `Decrypt` under the KMS key; only their calls ever see a plaintext key. The client
 * is made on first use: most functions never keep or reveal a value, and pay nothing for it at cold start.
 */
export const kmsDataKeys = (client: () => KMSClient, keyId: string): DataKeys => {
  let made: KMSClient | undefined;
  const kms = () => (made ??= client());
  return {
    generate: async (context) => {
      const { Plaintext, CiphertextBlob } = await kms().send(
        new GenerateDataKeyCommand({ KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: { ...context } }),
      );
      if (Plaintext === undefined || CiphertextBlob === undefined)
        throw new Error('KMS returned no data key.');
      return { plaintext: Buffer.from(Plaintext), wrapped: Buffer.from(CiphertextBlob).toString('base64') };
    },
    unwrap: async (wrapped, context) => {
      const { Plaintext } = await kms().send(
        new DecryptCommand({
          KeyId: keyId,
          CiphertextBlob: Buffer.from(wrapped, 'base64'),
          EncryptionContext: { ...context },
        }),
      );
      if (Plaintext === undefined) throw new Error('KMS returned no plaintext for a data key.');
      return Buffer.from(Plaintext);
    },
  };
};

const purposeOf = (context: Readonly<Record<string, string>>): string =>
  `data-key/${Object.entries(context)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${value}`)
    .join('&')}`;

/** Local runs: data keys wrapped under a key derived from the local key file's pepper (`keys.json`). */
export const localDataKeys = (keys: KeyProvider): DataKeys => ({
  generate: async (context) => {
    const plaintext = randomBytes(32);
    const { pepperVersion, sealed } = await sealSecret(keys, purposeOf(context), plaintext);
    return { plaintext, wrapped: `${pepperVersion}:${sealed}` };
  },
  unwrap: async (wrapped, context) => {
    const separator = wrapped.indexOf(':');
    return openSecretBytes(keys, purposeOf(context), {
      pepperVersion: Number(wrapped.slice(0, separator)),
      sealed: wrapped.slice(separator + 1),
    });
  },
});
