import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../shared/domain/token-format.js';
import { ADMIN_KEY_GUARD_LIMITS } from '../../shared/services/directory/admin-key-guard.js';
import { type E2eKeyward, startE2eKeyward } from '../support/e2e.js';

/** Forged admin keys are cheap: a made-up id is read once a second at most, and a flood gets 429. */
describe('E2E: failed admin keys', () => {
  let kw: E2eKeyward;

  beforeAll(async () => {
    kw = await startE2eKeyward();
  });
  afterAll(async () => kw?.stop());

  it('reads a made-up admin key id once, then remembers it is missing for a second', async () => {
    const forged = issueToken('a').value;
    kw.calls.reset();
    for (let i = 0; i < 20; i += 1) expect((await kw.as(forged).get('/v1/workspaces')).status).toBe(401);
    expect(kw.calls.counts().GetItemCommand ?? 0).toBe(1);
    kw.clock.advance(ADMIN_KEY_GUARD_LIMITS.unknownIdMemoryMs + 1);
    try {
      await kw.as(forged).get('/v1/workspaces');
      expect(kw.calls.counts().GetItemCommand ?? 0).toBe(2);
    } finally {
      kw.clock.reset();
    }
  });

  it('answers 429 with Retry-After, without reading, after 60 failures a minute from one address', async () => {
    const minuteMs = 60_000;
    // The start of the minute after next: the test above failed keys up to a second ahead of now, which near a
    // minute's end falls in the next one and would count against this test's 60.
    kw.clock.advance(2 * minuteMs - (kw.clock.now().getTime() % minuteMs) + 10);
    try {
      for (let i = 0; i < ADMIN_KEY_GUARD_LIMITS.failuresPerSourcePerMinute; i += 1) {
        expect((await kw.as(issueToken('a').value).get('/v1/workspaces')).status).toBe(401);
      }
      kw.calls.reset();
      const limited = await kw.as(issueToken('a').value).get('/v1/workspaces');
      expect(limited.status).toBe(429);
      expect(limited.body.code).toBe('rate_limited');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await kw.api.get('/v1/workspaces')).status).toBe(429);
      expect(kw.calls.total()).toBe(0);
      kw.clock.advance(minuteMs);
      expect((await kw.api.get('/v1/workspaces')).status).toBe(200);
    } finally {
      kw.clock.reset();
    }
  });
});
