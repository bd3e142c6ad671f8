import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeployedKeyward, scheduleNamed, startDeployedKeyward } from '../support/deployed.js';
import { createWorkspaceAndSite } from '../support/e2e.js';
import { RECEIVER_CERTIFICATE, RECEIVER_HOST, startReceiver } from '../support/webhook-receiver.js';

/**
 * A webhook delivered by the deployed dispatcher on its schedule, over HTTPS to a receiver with a public
 * name, through the URL policy that deploys (public https only, the address checked when connecting): the
 * receiver's name resolves, in the functions' emulated network, to a public address that stands for it.
 */
describe('Deployed: a webhook delivery', { timeout: 90_000 }, () => {
  let kw: DeployedKeyward;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver({ tls: true });
    kw = await startDeployedKeyward({
      network: { hosts: { [RECEIVER_HOST]: receiver.port }, caCertificates: RECEIVER_CERTIFICATE },
    });
  }, 120_000);
  afterAll(async () => {
    await kw?.stop();
    await receiver?.close();
  });

  it('signs and delivers token.created to an https receiver when the dispatch schedule fires', async () => {
    const { workspaceId, siteId } = await createWorkspaceAndSite(kw.api);
    const webhooks = `/v1/workspaces/${workspaceId}/webhooks`;
    const refused = await kw.api.post(webhooks, { url: 'http://127.0.0.1/hooks', events: ['token.created'] });
    expect(refused.status, 'the deployed URL policy').toBe(422);
    const endpoint = await kw.api.post(webhooks, { url: receiver.url, events: ['token.created'] });
    expect(endpoint.status, JSON.stringify(endpoint.body)).toBe(201);
    const token = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
      name: 'hooked',
      scopes: { sites: 'read' },
    });

    const dispatch = scheduleNamed(kw.emulation, 'WebhookDispatchSchedule');
    await expect
      .poll(
        async () => {
          await kw.emulation.fire(dispatch);
          return receiver.received.length;
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(1);
    const [delivery] = receiver.received;
    const payload = new Webhook(endpoint.body.secret).verify(delivery!.body, delivery!.headers) as {
      type: string;
      data: { target: { id: string } };
    };
    expect(payload.type).toBe('token.created');
    expect(payload.data.target.id).toBe(token.body.id);
    expect(delivery!.body).not.toContain(token.body.token);
    const log = await kw.api.get(`${webhooks}/${endpoint.body.id}/deliveries`);
    expect(log.body.items[0]).toMatchObject({ status: 'delivered', attempts: [{ status: 200 }] });
  });
});
