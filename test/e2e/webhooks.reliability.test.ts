import type { AddressInfo } from 'node:net';
import { createServer, type Socket } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { webhookDispatcher } from '../../shared/composition/webhooks.js';
import {
  createProjectWithContent,
  createWorkspaceAndSite,
  type E2eKeyward,
  startWithSite,
} from '../support/e2e.js';
import { startReceiver } from '../support/webhook-receiver.js';

/** Webhooks: signed, at-least-once deliveries of token events to a receiver, through the local worker. */
describe('E2E: webhooks', () => {
  let kw: E2eKeyward;
  let workspaceId: string;
  let siteId: string;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    ({ kw, workspaceId, siteId } = await startWithSite({ webhookIntervalMs: 200 }));
    receiver = await startReceiver();
  });
  afterEach(() => {
    kw.clock.reset();
    receiver.received.length = 0;
    receiver.answers.length = 0;
  });
  afterAll(async () => {
    await receiver?.close();
    await kw?.stop();
  });

  const webhooks = () => `/v1/workspaces/${workspaceId}/webhooks`;
  const subscribe = async (events: string[]) => {
    const created = await kw.api.post(webhooks(), {
      url: receiver.url,
      events,
      description: 'test receiver',
    });
    expect(created.status).toBe(201);
    return created.body as { id: string; secret: string };
  };

  it('delivers a signed token.created that verifies with the secret, and never the token value', async () => {
    // Prepare
    const endpoint = await subscribe(['token.created']);
    expect(endpoint.secret).toMatch(/^whsec_/);

    // Act
    const token = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
      name: 'hooked',
      scopes: { sites: 'read' },
    });
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(1);

    // Assess
    const [delivery] = receiver.received;
    const payload = new Webhook(endpoint.secret).verify(delivery!.body, delivery!.headers) as {
      type: string;
      data: { target: { id: string; kind: string } };
    };
    expect(payload.type).toBe('token.created');
    expect(payload.data.target).toMatchObject({ id: token.body.id, kind: 'site' });
    expect(delivery!.body).not.toContain(token.body.token);
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32).toString('base64')}`).verify(delivery!.body, delivery!.headers),
    ).toThrow();
    const log = await kw.api.get(`${webhooks()}/${endpoint.id}/deliveries`);
    expect(log.body.items[0]).toMatchObject({ status: 'delivered', attempts: [{ status: 200 }] });
    expect((await kw.api.get(webhooks())).body.items[0]).not.toHaveProperty('secret');
    await kw.api.delete(`${webhooks()}/${endpoint.id}`);
  });

  it('tries again after 500s with backoff and delivers on the third attempt', async () => {
    // Prepare: the receiver fails twice
    const endpoint = await subscribe(['token.revoked']);
    const token = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
      name: 'flaky',
      scopes: { sites: 'read' },
    });
    receiver.answers.push(500, 500);

    // Act: revoke, then let the clock reach the retries (1 and 5 minutes after the event)
    await kw.api.delete(`/v1/sites/${siteId}/tokens/${token.body.id}`);
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(1);
    kw.clock.advance(61_000);
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(2);
    kw.clock.advance(240_000);
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(3);

    // Assess: one event, three attempts with the same id, delivered
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    await expect
      .poll(async () => (await kw.api.get(`${webhooks()}/${endpoint.id}/deliveries`)).body.items[0])
      .toMatchObject({ status: 'delivered', attempts: [{ status: 500 }, { status: 500 }, { status: 200 }] });
    await kw.api.delete(`${webhooks()}/${endpoint.id}`);
  });

  it('does not retry a 4xx refusal, and redelivers when asked', async () => {
    const endpoint = await subscribe(['token.created']);
    receiver.answers.push(410);
    await kw.api.post(`/v1/sites/${siteId}/tokens`, { name: 'refused', scopes: { sites: 'read' } });
    const deliveries = () => kw.api.get(`${webhooks()}/${endpoint.id}/deliveries`);
    await expect
      .poll(async () => (await deliveries()).body.items[0]?.status, { timeout: 10_000 })
      .toBe('failed');
    const [failed] = (await deliveries()).body.items;
    const redelivered = await kw.api.post(
      `${webhooks()}/${endpoint.id}/deliveries/${failed.id}/redeliver`,
      {},
    );
    expect(redelivered.status).toBe(202);
    await expect
      .poll(async () => (await deliveries()).body.items[0]?.status, { timeout: 10_000 })
      .toBe('delivered');
    await kw.api.delete(`${webhooks()}/${endpoint.id}`);
  });

  it('sends expiry warnings by webhook, once per threshold, from the sweeper', async () => {
    // Prepare: a 30-day API token, and an endpoint of its project that wants expiry warnings
    const project = await createProjectWithContent(kw.api);
    const token = await kw.api.post(`/v1/projects/${project.projectId}/api-tokens`, {
      name: 'monthly',
      type: 'read-only',
      lifespan: 30,
    });
    const projectHook = await kw.api.post(`/v1/projects/${project.projectId}/webhooks`, {
      url: receiver.url,
      events: ['token.expiring_soon'],
    });

    // Act: two sweeps today (30 days left: the 30-day threshold), then two 23 days later (the 7-day one)
    await kw.keyward.runtime.sweeper.run();
    await kw.keyward.runtime.sweeper.run();
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(1);
    kw.clock.advance(23 * 86_400_000);
    await kw.keyward.runtime.sweeper.run();
    await kw.keyward.runtime.sweeper.run();
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(2);

    // Assess: one delivery per threshold, each naming it and the end, signed with the project's secret (checked
    // by signing again: the library's own check compares the timestamp with the real clock, not the test's)
    const signer = new Webhook(projectHook.body.secret);
    for (const { headers, body } of receiver.received) {
      const signedAt = new Date(Number(headers['webhook-timestamp']) * 1_000);
      expect(headers['webhook-signature']).toBe(signer.sign(headers['webhook-id']!, signedAt, body));
    }
    const payloads = receiver.received.map((r) => JSON.parse(r.body) as { type: string; data: any });
    expect(payloads.map((p) => [p.type, p.data.target.id, p.data.details.daysLeft])).toEqual([
      ['token.expiring_soon', token.body.id, '30'],
      ['token.expiring_soon', token.body.id, '7'],
    ]);
    expect(payloads[0]!.data.details.endsAt).toBe(token.body.expiresAt);
    await kw.api.delete(`/v1/projects/${project.projectId}/webhooks/${projectHook.body.id}`);
  });

  it('makes one delivery per event and endpoint when dispatchers race', async () => {
    const endpoint = await subscribe(['token.created']);
    await kw.api.post(`/v1/sites/${siteId}/tokens`, { name: 'raced', scopes: { sites: 'read' } });
    const dispatcher = kw.keyward.runtime.container.get(webhookDispatcher);
    await Promise.all([dispatcher.drain(), dispatcher.drain(), dispatcher.drain()]);
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBeGreaterThan(0);
    // At least once: racing senders may both send, always under the one event id receivers dedupe on.
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    const log = await kw.api.get(`${webhooks()}/${endpoint.id}/deliveries`);
    expect(log.body.items).toHaveLength(1);
    await kw.api.delete(`${webhooks()}/${endpoint.id}`);
  });

  it('sends a test delivery on request, signed and logged', async () => {
    const endpoint = await subscribe(['token.revoked']);
    const queued = await kw.api.post(`${webhooks()}/${endpoint.id}/test`, {});
    expect(queued.status).toBe(202);
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(1);
    const [delivery] = receiver.received;
    expect(new Webhook(endpoint.secret).verify(delivery!.body, delivery!.headers)).toMatchObject({
      type: 'webhook.test',
    });
    expect(delivery!.headers['webhook-id']).toBe(queued.body.id);
    await kw.api.delete(`${webhooks()}/${endpoint.id}`);
  });

  it('limits test deliveries to 5 a minute per endpoint (429 with Retry-After)', async () => {
    const endpoint = await subscribe(['token.revoked']);
    for (let i = 0; i < 5; i += 1)
      expect((await kw.api.post(`${webhooks()}/${endpoint.id}/test`, {})).status).toBe(202);
    const refused = await kw.api.post(`${webhooks()}/${endpoint.id}/test`, {});
    expect([refused.status, refused.body.code]).toEqual([429, 'rate_limited']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    kw.clock.advance(60_000);
    expect((await kw.api.post(`${webhooks()}/${endpoint.id}/test`, {})).status).toBe(202);
    await kw.api.delete(`${webhooks()}/${endpoint.id}`);
  });

  it("delivers to one tenant at once while another tenant's receiver hangs", async () => {
    // Prepare: another workspace whose receiver takes connections and never answers
    const sockets = new Set<Socket>();
    const hanging = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const other = await createWorkspaceAndSite(kw.api);
    const stuck = await kw.api.post(`/v1/workspaces/${other.workspaceId}/webhooks`, {
      url: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/hooks`,
      events: ['token.created'],
    });
    expect(stuck.status).toBe(201);
    const endpoint = await subscribe(['token.created']);
    try {
      for (let i = 0; i < 6; i += 1)
        await kw.api.post(`/v1/sites/${other.siteId}/tokens`, {
          name: `slow${i}`,
          scopes: { sites: 'read' },
        });
      // A run is now waiting on the hanging receiver (it holds at most 2 of its deliveries at a time).
      await expect.poll(() => sockets.size, { timeout: 5_000 }).toBeGreaterThan(0);

      // Act
      const started = performance.now();
      await kw.api.post(`/v1/sites/${siteId}/tokens`, { name: 'prompt', scopes: { sites: 'read' } });

      // Assess: well within the 10 s an attempt on the hanging receiver may take
      await expect.poll(() => receiver.received.length, { timeout: 5_000 }).toBe(1);
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(sockets.size).toBeLessThanOrEqual(2);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => hanging.close(() => resolve()));
      await kw.api.delete(`/v1/workspaces/${other.workspaceId}/webhooks/${stuck.body.id}`);
      await kw.api.delete(`${webhooks()}/${endpoint.id}`);
    }
  });

  it('refuses URLs that are not URLs, private addresses and unknown events with 422', async () => {
    for (const body of [
      { url: 'not a url', events: ['token.created'] },
      { url: 'http://10.0.0.5/hook', events: ['token.created'] },
      { url: 'https://169.254.169.254/latest', events: ['token.created'] },
      { url: receiver.url, events: ['token.exploded'] },
    ]) {
      const refused = await kw.api.post(webhooks(), body);
      expect(refused.status, JSON.stringify(body)).toBe(422);
    }
  });

  it('rotates the signing secret: deliveries after it verify with the new one only', async () => {
    const endpoint = await subscribe(['token.created']);
    const rotated = await kw.api.post(`${webhooks()}/${endpoint.id}/rotate-secret`, {});
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    await kw.api.post(`/v1/sites/${siteId}/tokens`, { name: 'after rotation', scopes: { sites: 'read' } });
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(1);
    const [delivery] = receiver.received;
    expect(() => new Webhook(rotated.body.secret).verify(delivery!.body, delivery!.headers)).not.toThrow();
    expect(() => new Webhook(endpoint.secret).verify(delivery!.body, delivery!.headers)).toThrow();
    await kw.api.delete(`${webhooks()}/${endpoint.id}`);
  });
});
