import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REUSE_SETTLE_SECONDS, ROTATION_SETTLE_MS } from '../../shared/domain/rotation.js';
import { issueToken } from '../../shared/domain/token-format.js';
import { createWorkspaceAndSite, type E2eKeyward, startE2eKeyward } from '../support/e2e.js';

/** Race-free rotation, leak reports, reuse detection and self-rotation, through the real server. */
describe('E2E: compromise response', { timeout: 60_000 }, () => {
  let kw: E2eKeyward;
  let workspaceId: string;

  beforeAll(async () => {
    kw = await startE2eKeyward({ revocationBoundMs: 1_000 });
    ({ workspaceId } = await createWorkspaceAndSite(kw.api));
  });
  afterAll(async () => kw?.stop());

  const newSite = async () =>
    (await kw.api.post(`/v1/workspaces/${workspaceId}/sites`, { displayName: 'S', shortName: 's' })).body
      .id as string;
  const newToken = async (siteId: string, name = 't') => {
    const created = await kw.api.post(`/v1/sites/${siteId}/tokens`, { name, scopes: { sites: 'read' } });
    expect(created.status).toBe(201);
    return created.body as { id: string; token: string };
  };
  const codeOf = async (token: string) => (await kw.api.post('/v1/verify', { token })).body.code as string;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  describe('race-free rotation', () => {
    it('answers 10 parallel regenerates with one 200 and nine 409 token_changed; the winner works', async () => {
      const siteId = await newSite();
      const { id } = await newToken(siteId);
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => kw.api.post(`/v1/sites/${siteId}/tokens/${id}/regenerate`, {})),
      );
      const winners = responses.filter((r) => r.status === 200);
      expect(winners).toHaveLength(1);
      expect(responses.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
        Array(9).fill('token_changed'),
      );
      expect(await codeOf(winners[0]!.body.token)).toBe('VALID');
    });

    it('ends the old value after every trial in which a grace-0 regenerate answered 200, whatever raced it', async () => {
      const siteId = await newSite();
      await kw.api.put(`/v1/workspaces/${workspaceId}/token-policy`, { reuseDetection: false });
      try {
        let graceZeroWins = 0;
        for (let trial = 0; trial < 50; trial += 1) {
          const { id, token } = await newToken(siteId, `race${trial}`);
          const path = `/v1/sites/${siteId}/tokens/${id}/regenerate`;
          const [immediate, graceful] = await Promise.all([
            kw.api.post(path, { gracePeriodSeconds: 0 }),
            kw.api.post(path, { gracePeriodSeconds: 86_400 }),
          ]);
          expect([immediate.status, graceful.status].sort()).toContain(200);
          if (immediate.status === 200) {
            graceZeroWins += 1;
            expect(await codeOf(token)).toBe('NOT_FOUND');
            expect(await codeOf(immediate.body.token)).toBe('VALID');
          }
          if (graceful.status === 200) expect(await codeOf(graceful.body.token)).toBe('VALID');
          await kw.api.delete(`/v1/sites/${siteId}/tokens/${id}`);
        }
        expect(graceZeroWins).toBeGreaterThan(0);
      } finally {
        await kw.api.put(`/v1/workspaces/${workspaceId}/token-policy`, { reuseDetection: true });
      }
    });

    it('ends a regenerate racing a revoke and an update in one consistent state', async () => {
      const siteId = await newSite();
      const { id } = await newToken(siteId);
      const path = `/v1/sites/${siteId}/tokens/${id}`;
      const [regenerated, renamed] = await Promise.all([
        kw.api.post(`${path}/regenerate`, {}),
        kw.api.patch(path, { name: 'renamed' }),
      ]);
      expect([regenerated.status, renamed.status]).toEqual([200, 200]);
      const after = (await kw.api.get(path)).body;
      expect(after.name).toBe('renamed');
      expect(await codeOf(regenerated.body.token)).toBe('VALID');

      const [again, revoked] = await Promise.all([
        kw.api.post(`${path}/regenerate`, {}),
        kw.api.delete(path),
      ]);
      expect(revoked.status).toBe(200);
      expect((await kw.api.get(path)).body.status).toBe('revoked');
      // Within a second of the last rotation a regenerate counts as concurrent with it: token_changed.
      if (again.status === 200) expect(await codeOf(again.body.token)).toBe('REVOKED');
      else expect(['token_not_active', 'token_changed']).toContain(again.body.code);
    });
  });

  describe('leak reports', () => {
    it('revokes reported live tokens at once, answering exactly as for unknown ones', async () => {
      const siteId = await newSite();
      const leaked = await newToken(siteId, 'leaked');
      const sample = kw.as(leaked.token);
      expect((await sample.get(`/v2/sites/${siteId}`)).status).toBe(200);

      const anonymous = kw.as();
      const known = await anonymous.post('/v1/token-leaks', {
        tokens: [leaked.token, 'not a token'],
        source: 'scanner',
        url: `https://example.com/paste?t=${leaked.token}`,
      });
      const unknown = await anonymous.post('/v1/token-leaks', {
        tokens: [issueToken('s').value, 'not a token'],
        source: 'scanner',
      });
      const again = await anonymous.post('/v1/token-leaks', { tokens: [leaked.token, 'x'] });
      expect(known.status).toBe(202);
      expect(known.body).toEqual({ received: 2, wellFormed: 1, malformed: 1 });
      expect(unknown.body).toEqual(known.body);
      expect(again.body).toEqual(known.body);

      const since = Date.now();
      let status = 200;
      while (status === 200 && Date.now() - since < 3_000) {
        status = (await sample.get(`/v2/sites/${siteId}`)).status;
        if (status === 200) await sleep(20);
      }
      expect(status).toBe(401);
      expect(Date.now() - since).toBeLessThanOrEqual(1_100);

      const view = (await kw.api.get(`/v1/sites/${siteId}/tokens/${leaked.id}`)).body;
      expect(view).toMatchObject({ status: 'revoked', leakedAt: expect.any(String) });
      const audit = await kw.api.get(`/v1/workspaces/${workspaceId}/audit-logs`);
      const event = audit.body.items.find((e: { action: string }) => e.action === 'token.leaked');
      expect(event).toMatchObject({
        target: { id: leaked.id, kind: 'site' },
        details: { source: 'scanner', url: 'https://example.com/paste?t=[redacted]' },
      });
    });

    it('refuses a well-formed value with a wrong secret: nobody revokes a token by its id', async () => {
      const siteId = await newSite();
      const target = await newToken(siteId);
      const forged = issueToken('s', target.id).value;
      expect((await kw.as().post('/v1/token-leaks', { tokens: [forged] })).status).toBe(202);
      expect(await codeOf(target.token)).toBe('VALID');
    });

    it('answers bad reports with 400, 413 and 422, never echoing a value', async () => {
      const anonymous = kw.as();
      expect((await anonymous.post('/v1/token-leaks', undefined, { rawBody: '{"tokens": [' })).status).toBe(
        400,
      );
      const invalid = await anonymous.post('/v1/token-leaks', { tokens: [42] });
      expect(invalid.status).toBe(422);
      const tooMany = await anonymous.post('/v1/token-leaks', {
        tokens: Array.from({ length: 1_001 }, () => issueToken('s').value),
      });
      expect(tooMany.status).toBe(413);
      expect(JSON.stringify(tooMany.body)).not.toMatch(/kws_/);
    });

    it('throttles reports per source address with 429 and Retry-After', async () => {
      const anonymous = kw.as();
      const statuses: number[] = [];
      for (let i = 0; i < 62; i += 1) {
        const response = await anonymous.post('/v1/token-leaks', { tokens: ['x'] });
        statuses.push(response.status);
        if (response.status === 429) {
          expect(response.body.code).toBe('rate_limited');
          expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        }
      }
      // The reports of the earlier tests count too: 60 an hour in all.
      expect(statuses.filter((status) => status === 202).length).toBeLessThan(60);
      expect(statuses.at(-1)).toBe(429);
    });
  });

  describe('reuse detection', () => {
    /** Reuse detection on for the test's workspace (it is opt-in), off again after. */
    const withReuseDetection = async (test: () => Promise<void>) => {
      await kw.api.put(`/v1/workspaces/${workspaceId}/token-policy`, { reuseDetection: true });
      try {
        await test();
      } finally {
        kw.clock.reset();
        await kw.api.put(`/v1/workspaces/${workspaceId}/token-policy`, { reuseDetection: false });
      }
    };
    const settled = (REUSE_SETTLE_SECONDS + 1) * 1_000;

    it('revokes the whole token when a rotated-out value is presented after its grace and settle window', () =>
      withReuseDetection(async () => {
        const siteId = await newSite();
        const { id, token: old } = await newToken(siteId);
        const rotated = await kw.api.post(`/v1/sites/${siteId}/tokens/${id}/regenerate`, {});
        expect(await codeOf(rotated.body.token)).toBe('VALID');
        // An in-flight request with the old value, just after a plain regenerate: late traffic, not reuse.
        expect(await codeOf(old)).toBe('NOT_FOUND');
        expect(await codeOf(rotated.body.token)).toBe('VALID');
        kw.clock.advance(settled);
        expect(await codeOf(old)).toBe('REVOKED');
        expect(await codeOf(rotated.body.token)).toBe('REVOKED');
        const view = (await kw.api.get(`/v1/sites/${siteId}/tokens/${id}`)).body;
        expect(view).toMatchObject({ status: 'revoked', reuseDetectedAt: expect.any(String) });
        const audit = await kw.api.get(`/v1/workspaces/${workspaceId}/audit-logs`);
        expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('token.reuse_detected');
      }));

    it('only refuses the old value by default: reuse detection is opt-in', async () => {
      const siteId = await newSite();
      const { id, token: old } = await newToken(siteId);
      const rotated = await kw.api.post(`/v1/sites/${siteId}/tokens/${id}/regenerate`, {});
      kw.clock.advance(settled);
      try {
        expect(await codeOf(old)).toBe('NOT_FOUND');
        expect(await codeOf(rotated.body.token)).toBe('VALID');
      } finally {
        kw.clock.reset();
      }
    });

    it('does not count a value still inside its grace period as reuse', () =>
      withReuseDetection(async () => {
        const siteId = await newSite();
        const { id, token: old } = await newToken(siteId);
        await kw.api.post(`/v1/sites/${siteId}/tokens/${id}/regenerate`, { gracePeriodSeconds: 60 });
        expect(await codeOf(old)).toBe('VALID');
      }));

    it("keeps each replaced value's own grace: a second rotation within the first's grace cuts nothing off", () =>
      withReuseDetection(async () => {
        const siteId = await newSite();
        const { id, token: first } = await newToken(siteId);
        const base = `/v1/sites/${siteId}/tokens/${id}/regenerate`;
        const second = (await kw.api.post(base, { gracePeriodSeconds: 8 })).body.token;
        kw.clock.advance(ROTATION_SETTLE_MS + 200);
        const third = (await kw.api.post(base, { gracePeriodSeconds: 8 })).body.token;
        // All three open the token: the first until its own grace ends, 8 s after the first rotation.
        for (const value of [first, second, third]) expect(await codeOf(value)).toBe('VALID');
        kw.clock.advance(8_000 - ROTATION_SETTLE_MS - 200 + 1);
        expect(await codeOf(first)).toBe('NOT_FOUND');
        expect(await codeOf(second)).toBe('VALID');
        // A late use of the first, inside the settle window, is not reuse: the token stays active.
        expect(await codeOf(third)).toBe('VALID');
      }));
  });

  describe('self-rotation', () => {
    it('refuses a workspace token: no one regenerates one, the token itself included', async () => {
      const workspace = await kw.api.post('/v1/workspaces', { name: 'Unrotated', plan: 'enterprise' });
      const created = await kw.api.post(`/v1/workspaces/${workspace.body.id}/tokens`, {
        name: 'w',
        scopes: { workspace: 'read' },
      });
      const refused = await kw.as(created.body.token).post('/v1/tokens/self/rotate', {});
      expect(refused.status).toBe(403);
      expect(await codeOf(created.body.token)).toBe('VALID');
    });

    it('gives the token a new value with the old one valid for the grace, at most once a minute', async () => {
      const siteId = await newSite();
      const { id, token } = await newToken(siteId);
      const rotated = await kw.as(token).post('/v1/tokens/self/rotate', { gracePeriodSeconds: 120 });
      expect(rotated.status).toBe(200);
      expect(rotated.body).toMatchObject({
        id,
        rotatedBy: 'self',
        scopes: expect.objectContaining({ sites: 'read' }),
      });
      expect(await codeOf(rotated.body.token)).toBe('VALID');
      expect(await codeOf(token)).toBe('VALID');

      const tooSoon = await kw.as(rotated.body.token).post('/v1/tokens/self/rotate', {});
      expect(tooSoon.status).toBe(429);
      expect(tooSoon.body.code).toBe('self_rotation_too_frequent');
      // The previous value may still call APIs during its grace, but not rotate the token.
      expect((await kw.as(token).post('/v1/tokens/self/rotate', {})).status).toBe(401);

      kw.clock.advance(121_000);
      try {
        expect(await codeOf(rotated.body.token)).toBe('VALID');
        const next = await kw
          .as(rotated.body.token)
          .post('/v1/tokens/self/rotate', { gracePeriodSeconds: 0 });
        expect(next.status).toBe(200);
        expect(await codeOf(next.body.token)).toBe('VALID');
      } finally {
        kw.clock.reset();
      }
    });

    it('refuses kinds that cannot rotate themselves, bad graces and missing tokens', async () => {
      expect((await kw.api.post('/v1/tokens/self/rotate', {})).status).toBe(403);
      expect((await kw.as().post('/v1/tokens/self/rotate', {})).status).toBe(401);
      const siteId = await newSite();
      const { token } = await newToken(siteId);
      const tooLong = await kw.as(token).post('/v1/tokens/self/rotate', { gracePeriodSeconds: 3_601 });
      expect(tooLong.status).toBe(422);
    });
  });
});
