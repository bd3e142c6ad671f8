import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putAll, verifiableSiteToken } from '../../local/seed-tokens.js';
import { sampleRoutePolicy } from '../../sample-api/routes.js';
import { createVerifier, type Verifier } from '../../shared/composition/verifier.js';
import { addDays } from '../../shared/domain/clock.js';
import { type CallCounter, countCalls } from '../../shared/observability/call-counter.js';
import { createWorkspaceAndSite, type E2eKeyward, startE2eKeyward } from '../support/e2e.js';

const BOUND_MS = 1_000;
const TRIALS = 20;
const PARALLEL_TRIALS = 4;

/**
 * The core promise: a revoked token stops working in every running verifier within the revocation bound.
 * Two more verifier instances (as two authorizer instances would be) share the server's DynamoDB Local;
 * their caches are warm when the token is revoked through the management API.
 */
describe('E2E: revocation reaches every verifier within the bound', () => {
  let kw: E2eKeyward;
  let siteId: string;
  let workspaceId: string;
  const instances: Array<{ verifier: Verifier; calls: CallCounter }> = [];

  beforeAll(async () => {
    kw = await startE2eKeyward({ revocationBoundMs: BOUND_MS });
    ({ siteId, workspaceId } = await createWorkspaceAndSite(kw.api));
    for (let i = 0; i < 2; i += 1) {
      const verifier = anotherInstance();
      instances.push({ verifier, calls: countCalls(verifier.dynamodb) });
    }
  });
  afterAll(async () => {
    for (const { verifier } of instances) verifier.dynamodb.destroy();
    await kw?.stop();
  });

  /** A verifier as another authorizer instance would hold it, over the server's DynamoDB Local. */
  const anotherInstance = (maxEntries?: number) =>
    createVerifier({
      tables: kw.keyward.tables,
      keys: kw.keyward.runtime.keys,
      policy: sampleRoutePolicy,
      store: { endpoint: kw.keyward.dynamoDbEndpoint },
      clock: kw.clock,
      revocationBoundMs: BOUND_MS,
      ...(maxEntries === undefined ? {} : { cache: { maxEntries } }),
    });

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /**
   * Verifies every 20 ms until the answer is no longer VALID. `ms`: how long after `since` the last request
   * that was still let through started — what "refused within the bound" promises (every request started
   * later is refused).
   */
  const msUntilRefused = async (verifier: Verifier, request: object, since: number) => {
    let lastAllowedStart = since;
    for (;;) {
      const started = Date.now();
      const result = await verifier.verify(request as never);
      if (!result.valid) return { ms: lastAllowedStart - since, code: result.code };
      lastAllowedStart = started;
      if (started - since > 5_000) return { ms: Number.POSITIVE_INFINITY, code: result.code };
      await sleep(20);
    }
  };

  it(`refuses a revoked token in the other instances within ${BOUND_MS} ms, in each of ${TRIALS} trials`, async () => {
    // The trials run four at a time (a site holds five active tokens), each with a token of its own revoked
    // at a random moment: five rounds of one trial's warm-up and propagation (≈ 2 s each), not twenty.
    const trial = async (n: number) => {
      const created = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
        name: `t${n}`,
        scopes: { sites: 'read' },
      });
      const request = { token: created.body.token, method: 'GET', path: `/v2/sites/${siteId}` };
      // Warm caches, and let the first feed read happen, as on a busy instance.
      for (const { verifier } of instances) expect((await verifier.verify(request)).code).toBe('VALID');
      await sleep(Math.random() * 1_200);
      for (const { verifier } of instances) expect((await verifier.verify(request)).code).toBe('VALID');

      expect((await kw.api.delete(`/v1/sites/${siteId}/tokens/${created.body.id}`)).status).toBe(200);
      const revokedAt = Date.now();
      const outcomes = await Promise.all(
        instances.map(({ verifier }) => msUntilRefused(verifier, request, revokedAt)),
      );
      for (const outcome of outcomes) expect(outcome.code).toBe('REVOKED');
      return Math.max(...outcomes.map((outcome) => outcome.ms));
    };
    const worst: number[] = [];
    for (let n = 0; n < TRIALS; n += PARALLEL_TRIALS)
      worst.push(...(await Promise.all(Array.from({ length: PARALLEL_TRIALS }, (_, i) => trial(n + i)))));
    console.log(`revocation propagation over ${TRIALS} trials: max ${Math.max(...worst)} ms`);
    expect(Math.max(...worst)).toBeLessThanOrEqual(BOUND_MS);
  }, 60_000);

  it('refuses a regenerated-away value (grace 0) and accepts the new one within the bound', async () => {
    // Reuse detection would revoke the whole token at the first refused use of the old value.
    const policy = await kw.api.put(`/v1/workspaces/${workspaceId}/token-policy`, { reuseDetection: false });
    expect(policy.body).toMatchObject({ scope: 'workspace', id: workspaceId, reuseDetection: false });
    const created = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
      name: 'rot',
      scopes: { sites: 'read' },
    });
    const old = { token: created.body.token, method: 'GET', path: `/v2/sites/${siteId}` };
    const [{ verifier }] = instances as unknown as [{ verifier: Verifier }];
    expect((await verifier.verify(old)).code).toBe('VALID');
    const regenerated = await kw.api.post(`/v1/sites/${siteId}/tokens/${created.body.id}/regenerate`, {});
    expect(regenerated.status).toBe(200);
    const since = Date.now();
    const outcome = await msUntilRefused(verifier, old, since);
    expect(outcome.ms).toBeLessThanOrEqual(BOUND_MS);
    expect(outcome.code).toBe('NOT_FOUND');
    expect((await verifier.verify({ ...old, token: regenerated.body.token })).code).toBe('VALID');
    await kw.api.put(`/v1/workspaces/${workspaceId}/token-policy`, { reuseDetection: true });
  });

  it('narrows scopes everywhere within the bound', async () => {
    const created = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
      name: 'narrow',
      scopes: { sites: 'write', pages: 'read' },
    });
    const request = { token: created.body.token, method: 'POST', path: `/v2/sites/${siteId}/publish` };
    const [{ verifier }] = instances as unknown as [{ verifier: Verifier }];
    expect((await verifier.verify(request)).code).toBe('VALID');
    const patched = await kw.api.patch(`/v1/sites/${siteId}/tokens/${created.body.id}`, {
      scopes: { sites: 'read', pages: 'read' },
    });
    expect(patched.status).toBe(200);
    const outcome = await msUntilRefused(verifier, request, Date.now());
    expect(outcome).toMatchObject({ code: 'INSUFFICIENT_SCOPE' });
    expect(outcome.ms).toBeLessThanOrEqual(BOUND_MS);
  });

  it('costs each instance at most one feed read per second, and no item read, while serving cached tokens', async () => {
    const tokens = await Promise.all(
      Array.from({ length: 3 }, async (_, i) => {
        const created = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
          name: `busy${i}`,
          scopes: { sites: 'read' },
        });
        return { token: created.body.token as string, method: 'GET', path: `/v2/sites/${siteId}` };
      }),
    );
    for (const { verifier } of instances) for (const request of tokens) await verifier.verify(request);
    for (const { calls } of instances) calls.reset();
    const started = Date.now();
    let verifications = 0;
    while (Date.now() - started < 3_000) {
      for (const { verifier } of instances)
        for (const request of tokens) {
          expect((await verifier.verify(request)).code).toBe('VALID');
          verifications += 1;
        }
      await sleep(2);
    }
    const seconds = (Date.now() - started) / 1_000;
    for (const { calls } of instances) {
      expect(calls.counts().GetItemCommand ?? 0).toBe(0);
      expect(calls.counts().QueryCommand ?? 0).toBeLessThanOrEqual(Math.ceil(seconds));
      expect(calls.counts().QueryCommand ?? 0).toBeGreaterThanOrEqual(Math.floor(seconds) - 1);
    }
    expect(verifications).toBeGreaterThan(100);
  });

  it('costs one feed read per second with 10,000 cached tokens, and still evicts a revoked one', async () => {
    const COUNT = 10_000;
    const seeded = await Promise.all(
      Array.from({ length: COUNT }, () =>
        verifiableSiteToken(kw.keyward.runtime.keys, `site#${siteId}`, addDays(kw.clock.now(), 300)),
      ),
    );
    await putAll(
      kw.keyward.runtime.documents,
      seeded.map(({ record }) => ({
        table: kw.keyward.tables.tokens,
        item: { ...record, workspaceId, lastUsedAt: kw.clock.now().toISOString() },
      })),
    );
    const verifier = anotherInstance(COUNT);
    const calls = countCalls(verifier.dynamodb);
    try {
      // Warm: every token read once (and its first use recorded).
      for (let i = 0; i < COUNT; i += 100) {
        const batch = seeded.slice(i, i + 100);
        const results = await Promise.all(batch.map(({ value }) => verifier.verify({ token: value })));
        expect(results.every((result) => result.valid)).toBe(true);
      }
      expect(verifier.dependencies.cache?.size).toBe(COUNT);
      calls.reset();

      const victim = seeded[1_234]!;
      let revokedAt: number | undefined;
      const started = Date.now();
      let verifications = 0;
      while (Date.now() - started < 3_000) {
        if (revokedAt === undefined && Date.now() - started > 1_000) {
          const revoked = await kw.api.delete(`/v1/sites/${siteId}/tokens/${victim.record.tokenId}`);
          expect(revoked.status).toBe(200);
          revokedAt = Date.now();
        }
        const { value } = seeded[verifications % COUNT]!;
        const result = await verifier.verify({ token: value });
        if (value !== victim.value) expect(result.valid).toBe(true);
        verifications += 1;
      }
      const seconds = (Date.now() - started) / 1_000;
      const feedReads = calls.counts().QueryCommand ?? 0;
      console.log(
        `feed with ${COUNT} cached tokens: ${feedReads} reads in ${seconds.toFixed(1)} s, ${verifications} verifications`,
      );
      expect(feedReads).toBeLessThanOrEqual(Math.ceil(seconds));
      // The revoked token was re-read once after its eviction; nothing else.
      expect(calls.counts().GetItemCommand ?? 0).toBeLessThanOrEqual(1);
      expect((await verifier.verify({ token: victim.value })).code).toBe('REVOKED');
    } finally {
      verifier.dynamodb.destroy();
    }
  }, 120_000);
});
