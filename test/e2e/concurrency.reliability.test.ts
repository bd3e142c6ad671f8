import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkConsistency } from '../support/consistency.js';
import { type E2eKeyward, startWithSite } from '../support/e2e.js';

/** Races through the real server: limits hold, nothing is counted twice, and nothing half-happens. */
describe('E2E: concurrency', () => {
  let kw: E2eKeyward;
  let workspaceId: string;

  beforeAll(async () => ({ kw, workspaceId } = await startWithSite()));
  afterAll(async () => kw?.stop());

  afterEach(async () => {
    const report = await checkConsistency(kw.keyward);
    expect(report.counters).toEqual(report.recounted);
    expect(report.orphans).toEqual([]);
  });

  const newSite = async () =>
    (await kw.api.post(`/v1/workspaces/${workspaceId}/sites`, { displayName: 'Race', shortName: 'race' }))
      .body.id as string;
  const createToken = (siteId: string, name: string) =>
    kw.api.post(`/v1/sites/${siteId}/tokens`, { name, scopes: { sites: 'read' } });
  const statusesOf = (responses: readonly { status: number }[]) =>
    responses.reduce<Record<number, number>>(
      (counts, { status }) => Object.assign(counts, { [status]: (counts[status] ?? 0) + 1 }),
      {},
    );

  it('50 concurrent creates on one site make exactly 5 tokens; the rest are refused with 409', async () => {
    const siteId = await newSite();
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => createToken(siteId, `t${i}`)));
    expect(statusesOf(responses)).toEqual({ 201: 5, 409: 45 });
    expect(responses.find((r) => r.status === 409)!.body.code).toBe('token_limit_reached');
    const listed = await kw.api.get(`/v1/sites/${siteId}/tokens`);
    expect(listed.body.items).toHaveLength(5);
  });

  it('20 concurrent revokes of one token: one succeeds, the counter goes down once', async () => {
    const siteId = await newSite();
    const created = await Promise.all([createToken(siteId, 'a'), createToken(siteId, 'b')]);
    const target = created[0]!.body.id;
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => kw.api.delete(`/v1/sites/${siteId}/tokens/${target}`)),
    );
    expect(statusesOf(responses)).toEqual({ 200: 1, 409: 19 });
    const report = await checkConsistency(kw.keyward);
    expect(report.counters[`site#${siteId}`]).toBe(1);
  });

  it('concurrent regenerates and a revoke end revoked, with every issued value refused (the last as REVOKED)', async () => {
    const siteId = await newSite();
    const { id, token } = (await createToken(siteId, 'rotating')).body;
    const path = `/v1/sites/${siteId}/tokens/${id}`;
    const responses = await Promise.all([
      ...Array.from({ length: 10 }, () => kw.api.post(`${path}/regenerate`, {})),
      kw.api.delete(path),
      ...Array.from({ length: 10 }, () => kw.api.post(`${path}/regenerate`, {})),
    ]);
    for (const { status } of responses) expect([200, 409]).toContain(status);
    expect((await kw.api.get(path)).body.status).toBe('revoked');
    const values = [
      token,
      ...responses.flatMap((r) => (typeof r.body.token === 'string' ? [r.body.token] : [])),
    ];
    // Each regenerate replaced the one before: only the last value issued still matches, and it is revoked.
    const codes = await Promise.all(
      values.map(async (value) => (await kw.api.post('/v1/verify', { token: value })).body.code as string),
    );
    expect(codes.filter((code) => code === 'REVOKED')).toHaveLength(1);
    expect(codes.filter((code) => code !== 'REVOKED' && code !== 'NOT_FOUND')).toEqual([]);
  });

  it('concurrent creates across 10 sites make 50 tokens, every counter at 5', async () => {
    const sites = await Promise.all(Array.from({ length: 10 }, () => newSite()));
    const responses = await Promise.all(
      sites.flatMap((siteId) => Array.from({ length: 8 }, (_, i) => createToken(siteId, `t${i}`))),
    );
    expect(statusesOf(responses)).toEqual({ 201: 50, 409: 30 });
    const report = await checkConsistency(kw.keyward);
    for (const siteId of sites) expect(report.counters[`site#${siteId}`]).toBe(5);
  });
});
