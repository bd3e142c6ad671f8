import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DecryptCommand, KMSClient } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { StaticKeyProvider, UnknownPepperVersionError } from '../../../shared/crypto/key-provider.js';
import { kmsKeyProvider, pepperEncryptionContext } from '../../../shared/crypto/kms-key-provider.js';
import { localFileKeyProvider } from '../../../shared/crypto/local-file-key-provider.js';
import { hashSecret, secretMatches } from '../../../shared/crypto/token-hasher.js';

describe('Class: StaticKeyProvider', () => {
  it('hashes with the newest version and still reads older ones', async () => {
    // Prepare
    const v1 = new StaticKeyProvider([{ version: 1, key: randomBytes(32) }]);
    const stored = await hashSecret(v1, 'secret-one');
    const rotated = new StaticKeyProvider([
      { version: 1, key: await v1.pepper(1) },
      { version: 2, key: randomBytes(32) },
    ]);

    // Act
    const fresh = await hashSecret(rotated, 'secret-two');

    // Assess
    expect(stored.pepperVersion).toBe(1);
    expect(fresh.pepperVersion).toBe(2);
    expect(await secretMatches(rotated, 'secret-one', stored)).toBe(true);
    expect(await secretMatches(rotated, 'secret-one', { ...stored, hash: fresh.hash })).toBe(false);
  });

  it('throws when a hash names an unknown pepper version', async () => {
    const keys = new StaticKeyProvider([{ version: 1, key: randomBytes(32) }]);
    await expect(keys.pepper(7)).rejects.toBeInstanceOf(UnknownPepperVersionError);
  });
});

describe('Function: localFileKeyProvider', () => {
  it('creates keys.json with mode 0600 on first use and reuses it afterwards', async () => {
    // Prepare
    const path = join(await mkdtemp(join(tmpdir(), 'keyward-keys-')), 'nested', 'keys.json');

    // Act
    const first = await localFileKeyProvider(path).currentPepper();
    const second = await localFileKeyProvider(path).currentPepper();

    // Assess
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(second.key.equals(first.key)).toBe(true);
    expect(JSON.parse(await readFile(path, 'utf8')).peppers).toHaveLength(1);
  });
});

describe('Function: kmsKeyProvider', () => {
  const kms = mockClient(KMSClient);
  afterEach(() => kms.reset());

  it('decrypts each data key once per cold start, bound to its version by encryption context', async () => {
    // Prepare
    const plaintext = randomBytes(32);
    kms.on(DecryptCommand).resolves({ Plaintext: plaintext });
    const keys = kmsKeyProvider({
      kms: new KMSClient({ region: 'eu-west-1' }),
      keyId: 'alias/keyward',
      encryptedPeppers: async () => [{ version: 3, ciphertext: Buffer.from('blob').toString('base64') }],
    });

    // Act
    const current = await keys.currentPepper();
    await keys.pepper(3);
    await keys.currentPepper();

    // Assess
    expect(current).toEqual({ version: 3, key: plaintext });
    expect(kms.commandCalls(DecryptCommand)).toHaveLength(1);
    expect(kms.commandCalls(DecryptCommand)[0]!.args[0].input).toMatchObject({
      KeyId: 'alias/keyward',
      EncryptionContext: pepperEncryptionContext(3),
    });
  });

  it('does not cache a failed decrypt, so a warm container recovers', async () => {
    // Prepare
    kms
      .on(DecryptCommand)
      .rejectsOnce(new Error('ThrottlingException'))
      .resolves({ Plaintext: randomBytes(32) });
    const keys = kmsKeyProvider({
      kms: new KMSClient({ region: 'eu-west-1' }),
      keyId: 'k',
      encryptedPeppers: async () => [{ version: 1, ciphertext: 'AA==' }],
    });

    // Act & Assess
    await expect(keys.currentPepper()).rejects.toThrow('ThrottlingException');
    await expect(keys.currentPepper()).resolves.toMatchObject({ version: 1 });
  });
});
