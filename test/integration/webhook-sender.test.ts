import { describe, expect, it } from 'vitest';
import { httpWebhookSender } from '../../shared/services/webhooks/webhook-sender.js';

/** The deployed sender's URL policy at the moment of connecting (the delivery itself: test/deployed/webhooks). */
describe('Integration: the public-https webhook sender', () => {
  it('refuses a name that resolves to a loopback address when it connects, sending nothing', async () => {
    const result = await httpWebhookSender('public-https')('https://localhost:9/hooks', {}, '{}');
    expect(result).toMatchObject({ error: 'EADDRNOTPUBLIC' });
    expect(result).not.toHaveProperty('status');
  });
});
