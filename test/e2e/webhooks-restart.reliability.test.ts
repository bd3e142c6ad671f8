import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../local/dynamodb-local.js';
import { type LocalKeyward, startLocalKeyward } from '../../local/local-keyward.js';
import { OffsetClock } from '../../shared/domain/clock.js';
import { apiClient } from '../support/api-client.js';
import { createWorkspaceAndSite } from '../support/e2e.js';

/**
 * Nothing is lost between a change and its webhooks: the events wait in DynamoDB, so a server that stops while
 * the receiver is down, and a new one started on the same tables, delivers every one of them afterwards.
 */
describe('E2E: webhooks across a restart', () => {
  const clock = new OffsetClock();
  const tablePrefix = `restart-${process.pid}-${Math.random().toString(36).slice(2, 8)}-`;
  let home: string;
  let running: LocalKeyward | undefined;

  const start = async () =>
    (running = await startLocalKeyward({
      home,
      dynamoDbEndpoint: inject('dynamoDbEndpoint'),
      tablePrefix,
      clock,
      webhookIntervalMs: 200,
    }));

  afterAll(async () => {
    await running?.stop();
    if (home !== undefined) await rm(home, { recursive: true, force: true });
  });

  it('delivers every event made while the receiver was down, after the server stopped and started again', async () => {
    // Prepare: a receiver port with nothing listening, and an endpoint that points at it
    home = join(await mkdtemp(join(tmpdir(), 'keyward-restart-')), '.keyward');
    const port = await freePort();
    const first = await start();
    const api = apiClient(first.url, first.bootstrap!.adminKey);
    const { workspaceId, siteId } = await createWorkspaceAndSite(api);
    const hook = await api.post(`/v1/workspaces/${workspaceId}/webhooks`, {
      url: `http://127.0.0.1:${port}/in`,
      events: ['token.created'],
    });
    expect(hook.status).toBe(201);

    // Act: three changes; the first attempts fail (connection refused); the server stops
    for (let i = 0; i < 3; i += 1) {
      await api.post(`/v1/sites/${siteId}/tokens`, { name: `t${i}`, scopes: { sites: 'read' } });
    }
    const deliveries = () => api.get(`/v1/workspaces/${workspaceId}/webhooks/${hook.body.id}/deliveries`);
    await expect
      .poll(async () => (await deliveries()).body.items.filter((d: any) => d.attempts.length > 0).length, {
        timeout: 10_000,
      })
      .toBe(3);
    await first.stop();
    running = undefined;

    // … the receiver comes up, a new server starts on the same tables, and the retries come due
    const received: string[] = [];
    const receiver = createServer((request, response) => {
      received.push(String(request.headers['webhook-id']));
      request.resume();
      request.on('end', () => response.end());
    });
    await new Promise<void>((resolve) => receiver.listen(port, '127.0.0.1', resolve));
    try {
      const second = await start();
      clock.advance(61_000);
      await expect.poll(() => new Set(received).size, { timeout: 15_000 }).toBe(3);

      // Assess: every event arrived once per id, and the log says delivered after a refused first attempt
      const log = () =>
        apiClient(second.url, first.bootstrap!.adminKey).get(
          `/v1/workspaces/${workspaceId}/webhooks/${hook.body.id}/deliveries`,
        );
      await expect
        .poll(async () => (await log()).body.items.map((delivery: { status: string }) => delivery.status))
        .toEqual(['delivered', 'delivered', 'delivered']);
      for (const delivery of (await log()).body.items) {
        expect(delivery.attempts[0]).toMatchObject({ error: 'ECONNREFUSED' });
        expect(delivery.attempts.at(-1)).toMatchObject({ status: 200 });
      }
    } finally {
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  }, 60_000);
});
