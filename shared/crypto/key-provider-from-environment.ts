import { KMSClient } from '@aws-sdk/client-kms';
import type { KeyProvider } from './key-provider.js';
import { type EncryptedPepper, kmsKeyProvider } from './kms-key-provider.js';
import { localFileKeyProvider } from './local-file-key-provider.js';

/** Peppers on AWS: KMS-encrypted data keys in `KEYWARD_PEPPERS`; elsewhere the local key file. */
export const keyProviderFromEnvironment = (env: NodeJS.ProcessEnv = process.env): KeyProvider => {
  const keyId = env.KEYWARD_KMS_KEY_ID;
  if (keyId === undefined) return localFileKeyProvider(`${env.KEYWARD_HOME ?? '.keyward'}/keys.json`);
  return kmsKeyProvider({
    kms: new KMSClient({}),
    keyId,
    encryptedPeppers: async () => JSON.parse(env.KEYWARD_PEPPERS ?? '[]') as EncryptedPepper[],
  });
};
