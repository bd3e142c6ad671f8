import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { StaticKeyProvider } from '../../../shared/crypto/key-provider.js';
import { openSecret, sealSecret } from '../../../shared/crypto/secret-box.js';

describe('secret box', () => {
  const keys = new StaticKeyProvider([{ version: 1, key: randomBytes(32) }]);

  it('opens what it sealed, and never holds the secret in the clear', async () => {
    const sealed = await sealSecret(keys, 'webhook-secret', 'whsec_abc');
    expect(sealed.sealed).not.toContain('whsec_abc');
    expect(await openSecret(keys, 'webhook-secret', sealed)).toBe('whsec_abc');
  });

  it('refuses to open a sealed secret for another purpose or after tampering', async () => {
    const sealed = await sealSecret(keys, 'webhook-secret', 'whsec_abc');
    await expect(openSecret(keys, 'token-reveal', sealed)).rejects.toThrow();
    const [iv, tag, body] = sealed.sealed.split('.');
    const bytes = Buffer.from(body!, 'base64url');
    bytes[0]! ^= 1;
    const flipped = `${iv}.${tag}.${bytes.toString('base64url')}`;
    await expect(openSecret(keys, 'webhook-secret', { ...sealed, sealed: flipped })).rejects.toThrow();
  });
});
