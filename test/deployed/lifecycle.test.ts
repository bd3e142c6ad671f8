import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DeployedKeyward,
  functionNamed,
  scheduleNamed,
  startDeployedKeyward,
} from '../support/deployed.js';

const REVOCATION_BOUND_MS = 1_000;

/**
 * The parts of a token's life that only show on a deployment: warm authorizer instances that must hear of
 * a revoke or share a credit balance, instances recycled with counts not yet written, and the functions the
 * schedules run.
 */
describe('Deployed: revocation, usage counts and schedules', { timeout: 90_000 }, () => {
  let kw: DeployedKeyward;
  let siteId: string;

  beforeAll(async () => {
    kw = await startDeployedKeyward();
    const workspace = await kw.api.post('/v1/workspaces', { name: 'Lifecycle', plan: 'enterprise' });
    const site = await kw.api.post(`/v1/workspaces/${workspace.body.id}/sites`, {
      displayName: 'Lifecycle',
      shortName: 'lifecycle',
    });
    siteId = site.body.id;
  }, 120_000);
  afterAll(async () => kw?.stop());

  const siteToken = async (name: string) =>
    (await kw.api.post(`/v1/sites/${siteId}/tokens`, { name, scopes: { sites: 'read' } })).body as {
      id: string;
      token: string;
    };

  it('refuses a revoked token on both warm authorizer instances within the bound', async () => {
    // Prepare: two warm instances, each of which has verified (and cached) the token
    const authorizer = functionNamed(kw.emulation, 'TokenAuthorizerFunction').arn;
    await kw.emulation.host.provision(authorizer, 2);
    const token = await siteToken('revoked');
    const reader = kw.sample(token.token);
    // Instances take turns (the one idle longest answers), so consecutive requests reach both.
    for (let i = 0; i < 4; i += 1) expect((await reader.get(`/v2/sites/${siteId}`)).status).toBe(200);
    expect(kw.emulation.host.instancesOf(authorizer)).toBe(2);

    // Act
    expect((await kw.api.delete(`/v1/sites/${siteId}/tokens/${token.id}`)).status).toBe(200);
    const revokedAt = performance.now();
    const refusedAfter: number[] = [];
    while (refusedAfter.length < 2 && performance.now() - revokedAt < 5_000) {
      const status = (await reader.get(`/v2/sites/${siteId}`)).status;
      if (status === 200) refusedAfter.length = 0;
      else refusedAfter.push(performance.now() - revokedAt);
      await sleep(20);
    }

    // Assess: two refusals in a row (one from each instance), the first within the bound
    expect(refusedAfter).toHaveLength(2);
    expect(refusedAfter[0]).toBeLessThan(REVOCATION_BOUND_MS + 500);
    expect(kw.emulation.host.instancesOf(authorizer)).toBe(2);
  });

  it('writes the counts of an instance that is recycled, because the shutdown extension makes SIGTERM arrive', async () => {
    // Prepare: verifications whose counts are still in the instances' memory (a flush is a minute away)
    const token = await siteToken('counted');
    const reader = kw.sample(token.token);
    for (let i = 0; i < 3; i += 1) expect((await reader.get(`/v2/sites/${siteId}`)).status).toBe(200);
    expect((await kw.api.get(`/v1/tokens/${token.id}/usage`)).body.total).toBe(0);

    // Act: Lambda recycles the authorizer's instances
    await kw.emulation.host.recycle(functionNamed(kw.emulation, 'TokenAuthorizerFunction').arn);

    // Assess
    const usage = await kw.api.get(`/v1/tokens/${token.id}/usage`);
    expect(usage.body.totals).toEqual({ VALID: 3 });
  });

  it('spends credits exactly across parallel authorizer instances, then refuses with USAGE_EXCEEDED', async () => {
    // Prepare
    const created = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
      name: 'metered',
      scopes: { sites: 'read' },
      credits: { remaining: 3 },
    });
    expect(created.status).toBe(201);
    const metered = kw.sample(created.body.token);

    // Act: six at once, so several instances spend from the one balance
    const statuses = (
      await Promise.all(Array.from({ length: 6 }, () => metered.get(`/v2/sites/${siteId}`)))
    ).map((response) => response.status);

    // Assess: exactly the balance allowed; a REST API answers the rest with its 403 and Keyward's code
    expect(statuses.filter((status) => status === 200)).toHaveLength(3);
    const refused = await metered.get(`/v2/sites/${siteId}`);
    expect(refused).toMatchObject({ status: 403, body: { code: 'USAGE_EXCEEDED' } });
    const token = await kw.api.get(`/v1/sites/${siteId}/tokens/${created.body.id}`);
    expect(token.body.credits.remaining).toBe(0);
  });

  it('runs the sweeper and the webhook dispatcher as their schedules do, with the permissions they have', async () => {
    const sweep = scheduleNamed(kw.emulation, 'SweepSchedule');
    const dispatch = scheduleNamed(kw.emulation, 'WebhookDispatchSchedule');
    expect(sweep.expression).toBe('cron(17 3 * * ? *)');
    expect(dispatch.expression).toBe('rate(1 minute)');
    for (const schedule of [sweep, dispatch]) {
      const outcomes = await kw.emulation.fire(schedule);
      expect(
        outcomes.map((outcome) => outcome.ok),
        JSON.stringify(outcomes),
      ).toEqual([true]);
    }
  });
});
