import { KMSClient } from '@aws-sdk/client-kms';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { KeyProvider } from '../crypto/key-provider.js';
import { kmsKeyProvider } from '../crypto/kms-key-provider.js';
import { localFileKeyProvider } from '../crypto/local-file-key-provider.js';
import { PepperStore } from '../store/pepper-store.js';
import { readSettings, type Settings } from './settings.js';

/**
 * Peppers on AWS: KMS-encrypted data keys, from the `peppers` setting when set, else from the Directory item
 * that `npm run bootstrap` writes; elsewhere the local key file under `home`.
 */
export const keyProviderFromSettings = (
  documents: DynamoDBDocumentClient,
  settings: Pick<Settings, 'kmsKeyId' | 'peppers' | 'home' | 'directoryTable' | 'region'>,
): KeyProvider => {
  const { kmsKeyId, peppers } = settings;
  if (kmsKeyId === undefined) return localFileKeyProvider(`${settings.home}/keys.json`);
  const store = new PepperStore(documents, settings.directoryTable);
  return kmsKeyProvider({
    kms: new KMSClient({ region: settings.region }),
    keyId: kmsKeyId,
    encryptedPeppers: async () => peppers ?? store.get(),
  });
};

/** The same, configured by an environment (the process's by default). */
export const keyProviderFromEnvironment = (
  documents: DynamoDBDocumentClient,
  env?: NodeJS.ProcessEnv,
): KeyProvider => keyProviderFromSettings(documents, readSettings(env));
