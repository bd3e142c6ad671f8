import { KMSClient } from '@aws-sdk/client-kms';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PepperStore } from '../store/pepper-store.js';
import { tableNamesFrom } from '../store/tables.js';
import type { KeyProvider } from './key-provider.js';
import { type EncryptedPepper, kmsKeyProvider } from './kms-key-provider.js';
import { localFileKeyProvider } from './local-file-key-provider.js';

/**
 * Peppers on AWS: KMS-encrypted data keys, from `KEYWARD_PEPPERS` when set, else from the Directory item
 * that `npm run bootstrap` writes; elsewhere the local key file.
 */
export const keyProviderFromEnvironment = (
  documents: DynamoDBDocumentClient,
  env: NodeJS.ProcessEnv = process.env,
): KeyProvider => {
  const keyId = env.KEYWARD_KMS_KEY_ID;
  if (keyId === undefined) return localFileKeyProvider(`${env.KEYWARD_HOME ?? '.keyward'}/keys.json`);
  const store = new PepperStore(documents, tableNamesFrom(env).directory);
  return kmsKeyProvider({
    kms: new KMSClient({}),
    keyId,
    encryptedPeppers: async () =>
      env.KEYWARD_PEPPERS === undefined
        ? store.get()
        : (JSON.parse(env.KEYWARD_PEPPERS) as EncryptedPepper[]),
  });
};
