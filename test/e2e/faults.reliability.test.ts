import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DynamoDbLocal, freePort, startDynamoDbLocal } from '../../local/dynamodb-local.js';
import { checkConsistency } from '../support/consistency.js';
import { createWorkspaceAndSite, type E2eKeyward, startE2eKeyward } from '../support/e2e.js';

/** Short store timeouts, so a frozen store turns into an answer quickly: 2 attempts of ≤ 1 s each. */
const STORE_TIMEOUTS = { connectionTimeoutMs: 500, requestTimeoutMs: 1_000, maxAttempts: 2 };
/** Attempts × request timeout, plus backoff and a machine under load. */
const ANSWER_WITHIN_MS = 6_000;

/**
 * DynamoDB Local of its own (on disk, so it can be killed and started again with its data), frozen with
 * SIGSTOP and then killed under the running server: verification fails closed and quickly, management
 * answers 503 with Retry-After, and after a restart the same server carries on with consistent data.
 *
 * The data is written, and checked after the restart, by a server with the default timeouts: on a busy
 * machine a disk-backed table creation or a first request to a restarted store may outlast the short ones,
 * which are there for the server under test only.
 */
describe('E2E: store faults', () => {
  let dataDir: string;
  let port: number;
  let dynamo: DynamoDbLocal;
  let setup: E2eKeyward;
  let kw: E2eKeyward;
  let siteId: string;
  let token: string;
  const faults: string[] = [];

  const signal = (name: NodeJS.Signals) => {
    faults.push(name);
    process.kill(-dynamo.pid, name);
  };
  const timed = async <T>(call: () => Promise<T>): Promise<{ result: T; ms: number }> => {
    const started = performance.now();
    const result = await call();
    return { result, ms: performance.now() - started };
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'keyward-faults-'));
    port = await freePort();
    dynamo = await startDynamoDbLocal({ port, dbPath: dataDir });
    setup = await startE2eKeyward({ dynamoDbEndpoint: dynamo.endpoint });
    ({ siteId } = await createWorkspaceAndSite(setup.api));
    token = (await setup.api.post(`/v1/sites/${siteId}/tokens`, { name: 'live', scopes: { sites: 'read' } }))
      .body.token;
    kw = await startE2eKeyward({ sharing: setup, storeTimeouts: STORE_TIMEOUTS, revocationBoundMs: 0 });
  }, 60_000);

  afterAll(async () => {
    try {
      process.kill(-dynamo.pid, 'SIGCONT');
    } catch {
      // Not running.
    }
    try {
      await kw?.stop();
      await setup?.stop();
    } finally {
      await dynamo?.stop();
      await rm(dataDir, { recursive: true, force: true });
      process.stdout.write(`store faults injected: ${faults.join(', ')}\n`);
    }
  });

  it('answers verifications 503 STORE_UNAVAILABLE with Retry-After while the store is frozen, within the SDK timeout, then allows again', async () => {
    expect((await kw.as(token).get(`/v2/sites/${siteId}`)).status).toBe(200);
    signal('SIGSTOP');
    try {
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => timed(() => kw.as(token).get(`/v2/sites/${siteId}`))),
      );
      for (const { result, ms } of answers) {
        expect(result.status).toBe(503);
        expect(result.body.code).toBe('STORE_UNAVAILABLE');
        expect(Number(result.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(ms).toBeLessThan(ANSWER_WITHIN_MS);
      }
    } finally {
      signal('SIGCONT');
    }
    expect((await kw.as(token).get(`/v2/sites/${siteId}`)).status).toBe(200);
  }, 30_000);

  it('answers 503 store_unavailable with Retry-After during concurrent creates, and loses nothing after a kill and restart', async () => {
    const creates = Array.from({ length: 10 }, (_, i) =>
      timed(() => kw.api.post(`/v1/sites/${siteId}/tokens`, { name: `c${i}`, scopes: { sites: 'read' } })),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    signal('SIGSTOP');
    const answers = await Promise.all(creates);
    const unavailable = answers.filter(({ result }) => result.status === 503);
    for (const { result, ms } of answers) {
      expect([201, 409, 503]).toContain(result.status);
      expect(ms).toBeLessThan(ANSWER_WITHIN_MS);
    }
    expect(unavailable.length).toBeGreaterThan(0);
    for (const { result } of unavailable) {
      expect(result.body.code).toBe('store_unavailable');
      expect(Number(result.headers.get('retry-after'))).toBeGreaterThan(0);
    }

    // Kill it while frozen, and start it again on the same port with the same data.
    signal('SIGKILL');
    await dynamo.stop();
    dynamo = await startDynamoDbLocal({ port, dbPath: dataDir });

    const report = await checkConsistency(setup.keyward);
    expect(report.counters).toEqual(report.recounted);
    expect(report.orphans).toEqual([]);
    const listed = (await kw.api.get(`/v1/sites/${siteId}/tokens`)).body.items;
    expect(listed.length).toBeGreaterThanOrEqual(
      1 + answers.filter(({ result }) => result.status === 201).length,
    );
    expect(listed.length).toBeLessThanOrEqual(5);
  }, 90_000);

  it('recovers without restarting the server: the old token verifies and revokes work', async () => {
    expect((await kw.as(token).get(`/v2/sites/${siteId}`)).status).toBe(200);
    const listed = (await kw.api.get(`/v1/sites/${siteId}/tokens`)).body.items as { id: string }[];
    expect((await kw.api.delete(`/v1/sites/${siteId}/tokens/${listed.at(-1)!.id}`)).status).toBe(200);
    const report = await checkConsistency(setup.keyward);
    expect(report.counters).toEqual(report.recounted);
  }, 30_000);
});
