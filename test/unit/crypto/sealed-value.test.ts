import { randomBytes } from 'node:crypto';
import { DecryptCommand, GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { kmsDataKeys, localDataKeys } from '../../../shared/crypto/data-keys.js';
import { StaticKeyProvider } from '../../../shared/crypto/key-provider.js';
import { openValue, sealValue } from '../../../shared/crypto/sealed-value.js';

const VALUE = 'kw_st_0123456789abcdef01234567_secretsecretsecretsecretsecret';
const TOKEN_ID = '0123456789abcdef01234567';

describe('Function: sealValue (local data keys)', () => {
  const keys = new StaticKeyProvider([{ version: 1, key: randomBytes(32) }]);
  const dataKeys = localDataKeys(keys);

  it('opens what it sealed, and keeps neither the value nor a usable key in the clear', async () => {
    const sealed = await sealValue(dataKeys, TOKEN_ID, VALUE);

    expect(await openValue(dataKeys, TOKEN_ID, sealed)).toBe(VALUE);
    expect(JSON.stringify(sealed)).not.toContain('secretsecret');
    // Each value has a data key of its own.
    expect((await sealValue(dataKeys, TOKEN_ID, VALUE)).wrappedKey).not.toBe(sealed.wrappedKey);
  });

  it('opens for no other token id, and not once altered', async () => {
    const sealed = await sealValue(dataKeys, TOKEN_ID, VALUE);
    const other = 'fedcba9876543210fedcba98';
    const tampered = { ...sealed, sealed: `${sealed.sealed.slice(0, -2)}AA` };

    await expect(openValue(dataKeys, other, sealed)).rejects.toThrow();
    await expect(openValue(dataKeys, TOKEN_ID, tampered)).rejects.toThrow();
  });
});

describe('Function: kmsDataKeys', () => {
  const kms = mockClient(KMSClient);
  afterEach(() => kms.reset());

  it('generates and unwraps data keys under the KMS key, bound to the token id', async () => {
    // Prepare
    const plaintext = randomBytes(32);
    const blob = randomBytes(48);
    kms.on(GenerateDataKeyCommand).resolves({ Plaintext: new Uint8Array(plaintext), CiphertextBlob: blob });
    kms.on(DecryptCommand).resolves({ Plaintext: new Uint8Array(plaintext) });
    const dataKeys = kmsDataKeys(() => new KMSClient({ region: 'eu-west-1' }), 'alias/keyward');

    // Act
    const sealed = await sealValue(dataKeys, TOKEN_ID, VALUE);
    const opened = await openValue(dataKeys, TOKEN_ID, sealed);

    // Assess
    expect(opened).toBe(VALUE);
    expect(sealed.wrappedKey).toBe(blob.toString('base64'));
    const context = { purpose: 'keyward-reveal', tokenId: TOKEN_ID };
    expect(kms.commandCalls(GenerateDataKeyCommand)[0]!.args[0].input).toMatchObject({
      KeyId: 'alias/keyward',
      KeySpec: 'AES_256',
      EncryptionContext: context,
    });
    expect(kms.commandCalls(DecryptCommand)[0]!.args[0].input.EncryptionContext).toEqual(context);
  });
});
