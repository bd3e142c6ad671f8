import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type E2eKeyward, startWithSite } from '../support/e2e.js';

/** Token credits, spent by the real authorizer in front of the sample API and by `POST /v1/verify`. */
describe('E2E: token credits', () => {
  let kw: E2eKeyward;
  let workspaceId: string;
  let siteId: string;

  beforeAll(async () => ({ kw, workspaceId } = await startWithSite()));
  // A site per test: a site holds at most 5 active tokens.
  beforeEach(async () => {
    const site = await kw.api.post(`/v1/workspaces/${workspaceId}/sites`, {
      displayName: 'Metered',
      shortName: 'metered',
    });
    siteId = site.body.id;
  });
  afterEach(() => kw.clock.reset());
  afterAll(async () => kw?.stop());

  const tokenWithCredits = async (credits: unknown) => {
    const created = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
      name: 'metered',
      scopes: { sites: 'read' },
      credits,
    });
    expect(created.status).toBe(201);
    return created.body as { id: string; token: string; credits: { remaining: number } };
  };
  const remainingOf = async (id: string) =>
    (await kw.api.get(`/v1/sites/${siteId}/tokens/${id}`)).body.credits?.remaining as number | undefined;
  const call = (token: string) => kw.as(token).get(`/v2/sites/${siteId}`);

  it('allows exactly the balance among 100 parallel calls and refuses the rest with USAGE_EXCEEDED', async () => {
    // Prepare
    const { id, token, credits } = await tokenWithCredits({ remaining: 10 });
    expect(credits.remaining).toBe(10);

    // Act
    const responses = await Promise.all(Array.from({ length: 100 }, () => call(token)));

    // Assess
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(90);
    const refused = responses.find((response) => response.status === 429)!;
    expect(refused.body.code).toBe('USAGE_EXCEEDED');
    // Credits without a refill do not come back by waiting.
    expect(refused.headers.get('retry-after')).toBeNull();
    expect(await remainingOf(id)).toBe(0);
    const verified = await kw.api.post('/v1/verify', { token });
    expect(verified.body).toMatchObject({ valid: false, code: 'USAGE_EXCEEDED', token: { id } });
  });

  it('tells what is left after each verification, and spends a route’s cost', async () => {
    const { token } = await tokenWithCredits({ remaining: 5 });
    expect((await kw.api.post('/v1/verify', { token })).body).toMatchObject({
      valid: true,
      creditsRemaining: 4,
    });
    expect((await kw.api.post('/v1/verify', { token })).body.creditsRemaining).toBe(3);
  });

  it('refills lazily at the first use of a new period, exactly once, with no sweeper', async () => {
    // Prepare: a daily refill of 3, used up today
    const { id, token } = await tokenWithCredits({ remaining: 1, refill: { amount: 3, interval: 'daily' } });
    expect((await call(token)).status).toBe(200);
    const spent = await call(token);
    expect(spent.status).toBe(429);
    expect(Number(spent.headers.get('retry-after'))).toBeGreaterThan(0);

    // Act: the next UTC day, 10 racing first uses
    const now = kw.clock.now();
    kw.clock.set(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 0, 0, 1)));
    expect(await remainingOf(id)).toBe(3);
    const statuses = (await Promise.all(Array.from({ length: 10 }, () => call(token)))).map((r) => r.status);

    // Assess: one refill of 3, not one per racer
    expect(statuses.filter((status) => status === 200)).toHaveLength(3);
    expect(await remainingOf(id)).toBe(0);
  });

  it('records credits.low once when the balance falls below a tenth of its grant, and again after a top-up', async () => {
    // Prepare
    const { id, token } = await tokenWithCredits({ remaining: 20 });
    const lowEvents = async () =>
      (await kw.api.get(`/v1/workspaces/${workspaceId}/audit-logs?limit=100`)).body.items.filter(
        (event: { action: string; target: { id: string } }) =>
          event.action === 'credits.low' && event.target.id === id,
      );

    // Act: 17 calls leave 3 (not low: the threshold is 2); 2 more leave 1, in parallel; then refusals
    for (let i = 0; i < 17; i += 1) expect((await call(token)).status).toBe(200);
    expect(await lowEvents()).toHaveLength(0);
    await Promise.all([call(token), call(token)]);
    await Promise.all(Array.from({ length: 5 }, () => call(token)));

    // Assess
    const [low, ...more] = await lowEvents();
    expect(more).toHaveLength(0);
    expect(low.details).toMatchObject({ remaining: '1', threshold: '2' });

    // A top-up is a new grant: its own notice when that runs low too.
    await kw.api.patch(`/v1/sites/${siteId}/tokens/${id}`, { credits: { add: 10 } });
    kw.clock.advance(2_000);
    for (let i = 0; i < 11; i += 1) await call(token);
    expect(await lowEvents()).toHaveLength(2);
  });

  it('tops up atomically: 50 parallel `add: 1` grow the balance by exactly 50', async () => {
    const { id } = await tokenWithCredits({ remaining: 7 });
    const path = `/v1/sites/${siteId}/tokens/${id}`;
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => kw.api.patch(path, { credits: { add: 1 } })),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(await remainingOf(id)).toBe(57);
  });

  it('removes credits with null, after which calls are not metered', async () => {
    const { id, token } = await tokenWithCredits({ remaining: 0 });
    expect((await call(token)).status).toBe(429);
    expect(
      (await kw.api.patch(`/v1/sites/${siteId}/tokens/${id}`, { credits: null })).body.credits,
    ).toBeNull();
    kw.clock.advance(2_000);
    expect((await call(token)).status).toBe(200);
  });

  it.each([
    ['negative credits', { remaining: -1 }, 'credits.remaining'],
    ['non-integer credits', { remaining: 1.5 }, 'credits.remaining'],
    ['a refill without an interval', { remaining: 1, refill: { amount: 5 } }, 'credits.refill.interval'],
    [
      'dayOfMonth 29',
      { remaining: 1, refill: { amount: 5, interval: 'monthly', dayOfMonth: 29 } },
      'credits.refill.dayOfMonth',
    ],
    [
      'dayOfMonth on a daily refill',
      { remaining: 1, refill: { amount: 5, interval: 'daily', dayOfMonth: 3 } },
      'credits.refill.dayOfMonth',
    ],
  ])('refuses %s with 422 naming the field', async (_, credits, field) => {
    const answer = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
      name: 'bad',
      scopes: { sites: 'read' },
      credits,
    });
    expect(answer.status).toBe(422);
    expect(answer.body.details.map((detail: { path: string }) => detail.path)).toContain(field);
  });

  it('refuses a top-up of a token without credits', async () => {
    const created = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
      name: 'plain',
      scopes: { sites: 'read' },
    });
    const answer = await kw.api.patch(`/v1/sites/${siteId}/tokens/${created.body.id}`, {
      credits: { add: 5 },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.details[0].path).toBe('credits.add');
  });
});
