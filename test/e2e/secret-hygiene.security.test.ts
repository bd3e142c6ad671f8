import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REUSE_SETTLE_SECONDS } from '../../shared/domain/rotation.js';
import {
  createPrincipalWithKey,
  createProjectWithContent,
  createWorkspaceAndSite,
  type E2eKeyward,
  startE2eKeyward,
} from '../support/e2e.js';
import { scanAll } from '../support/scan.js';

/**
 * Every token kind is issued, regenerated, used well and badly, verified and swept; then every log line,
 * every stored item (tokens, directory, audit events, request logs) and every HTTP response but the one that
 * issued a value is searched for every token value, secret, secret key and the pepper of the run.
 */
describe('E2E: secret hygiene', () => {
  let kw: E2eKeyward;
  const responses: { path: string; text: string }[] = [];
  const secretKey = 'correct horse battery staple';

  /** A client recording every response text, beside the fixture's record of issued values. */
  const recorded = (key?: string) => {
    const inner = kw.as(key);
    return {
      ...inner,
      request: async (
        method: string,
        path: string,
        options: { body?: unknown; headers?: Record<string, string> } = {},
      ) => {
        const response = await inner.request(method, path, options);
        responses.push({ path: `${method} ${path}`, text: JSON.stringify(response.body ?? null) });
        return response;
      },
    };
  };

  beforeAll(async () => {
    kw = await startE2eKeyward({ revocationBoundMs: 0, webhookIntervalMs: 200 });
    const api = recorded(kw.ownerKey);
    const { workspaceId, siteId } = await createWorkspaceAndSite(kw.api);
    const { projectId, writerToken } = await createProjectWithContent(kw.api);
    const teammate = await createPrincipalWithKey(kw.api, { on: `/v1/sites/${siteId}`, role: 'admin' });

    // An identity with shared credits that its site token spends; its credits run low (notice, event).
    const identity = (
      await api.request('POST', `/v1/workspaces/${workspaceId}/identities`, {
        body: { externalId: 'cus_hygiene', meta: { plan: 'pro' }, credits: { remaining: 5 } },
      })
    ).body;
    const site = (
      await api.request('POST', `/v1/sites/${siteId}/tokens`, {
        body: { name: 's', scopes: { sites: 'read' }, identityId: identity.id, credits: { remaining: 50 } },
      })
    ).body;
    const rotated = (
      await api.request('POST', `/v1/sites/${siteId}/tokens/${site.id}/regenerate`, {
        body: { gracePeriodSeconds: 60 },
      })
    ).body;
    const workspace = (
      await api.request('POST', `/v1/workspaces/${workspaceId}/tokens`, {
        body: { name: 'w', scopes: { workspace: 'read' } },
      })
    ).body;
    // The project keeps values to show again: they are stored sealed, and a reveal answers with one.
    await api.request('PUT', `/v1/projects/${projectId}/token-policy`, { body: { revealable: true } });
    const delivery = (
      await api.request('POST', `/v1/projects/${projectId}/tokens`, {
        body: { title: 'd', secretKeyEnabled: true, secretKey, requiredHeaders: { 'x-app': '1' } },
      })
    ).body;
    const custom = (
      await api.request('POST', `/v1/projects/${projectId}/api-tokens`, {
        body: { name: 'c', type: 'read-only', lifespan: 7 },
      })
    ).body;

    await api.request('POST', `/v1/projects/${projectId}/api-tokens/${custom.id}/reveal`);
    await api.request('GET', `/v1/projects/${projectId}/api-tokens`);
    // Used well, used badly, and verified.
    for (const token of [
      site.token,
      rotated.token,
      workspace.token,
      delivery.token,
      custom.token,
      writerToken,
    ]) {
      const caller = recorded(token);
      await caller.request('GET', `/v2/sites/${siteId}`);
      await caller.request('GET', `/v2/workspaces/${workspaceId}`);
      await caller.request('GET', '/v2/content/article', {
        headers: { 'x-app': '1', 'x-token-secret': secretKey },
      });
      await caller.request('GET', '/v2/content/article', {
        headers: { 'x-token-secret': 'wrong secret key!' },
      });
      await caller.request('GET', '/api/articles');
      await caller.request('GET', '/v1/workspaces');
      await api.request('POST', '/v1/verify', { body: { token } });
      await api.request('POST', '/v1/verify', { body: { token, method: 'TRACE', path: 'nope' } });
      await api.request('POST', '/v1/verify', { body: { token: `${token}x` } });
      await recorded(teammate.key).request('POST', '/v1/verify', { body: { token } });
    }
    // Compromise response: a self-rotation without grace, reuse of the rotated-out value (which revokes the
    // token), a leak report with a live value and token-shaped garbage, and a token policy.
    await api.request('PUT', `/v1/projects/${projectId}/token-policy`, {
      body: { reuseDetection: true, revealable: true },
    });
    await recorded(custom.token).request('POST', '/v1/tokens/self/rotate', {
      body: { gracePeriodSeconds: 0 },
    });
    // Past the settle window, when a use of the old value is reuse rather than late traffic.
    kw.clock.advance((REUSE_SETTLE_SECONDS + 1) * 1_000);
    await recorded(custom.token).request('GET', '/api/articles');
    kw.clock.reset();
    await recorded().request('POST', '/v1/token-leaks', {
      body: {
        tokens: [delivery.token, `${delivery.token}x`, 'not a token'],
        source: 'scanner',
        url: 'https://example.com/paste',
      },
    });
    await api.request('PUT', `/v1/workspaces/${workspaceId}/token-policy`, {
      body: { reuseDetection: false },
    });
    await api.request('GET', `/v1/workspaces/${workspaceId}/token-policy`);
    // A secret key that fails validation is not echoed in the error.
    await api.request('PATCH', `/v1/projects/${projectId}/tokens/${delivery.id}`, {
      body: { secretKey: 'tiny-secret' },
    });
    // A webhook endpoint: its signing secret is shown on create and rotation only, and kept only sealed. The
    // token events above reach it through the outbox (the dispatcher runs in the background).
    const hook = (
      await api.request('POST', `/v1/workspaces/${workspaceId}/webhooks`, {
        body: { url: 'http://127.0.0.1:9/in', events: ['token.created', 'token.revoked'] },
      })
    ).body;
    webhookSecrets.push(
      hook.secret,
      (await api.request('POST', `/v1/workspaces/${workspaceId}/webhooks/${hook.id}/rotate-secret`)).body
        .secret,
    );
    await api.request('GET', `/v1/workspaces/${workspaceId}/webhooks`);
    await api.request('GET', `/v1/workspaces/${workspaceId}/webhooks/${hook.id}/deliveries`);
    // Everything that lists or counts tokens: identities, their tokens, usage per token, owner and identity.
    await kw.keyward.flushUsage();
    await api.request('GET', `/v1/workspaces/${workspaceId}/identities`);
    await api.request('GET', `/v1/workspaces/${workspaceId}/identities/${identity.id}/tokens`);
    await api.request('GET', `/v1/workspaces/${workspaceId}/identities/${identity.id}/usage`);
    await api.request('GET', `/v1/tokens/${site.id}/usage?granularity=day`);
    await api.request('GET', `/v1/sites/${siteId}/usage`);
    await api.request('GET', `/v1/projects/${projectId}/usage`);
    await api.request('DELETE', `/v1/sites/${siteId}/tokens/${site.id}`);
    // The sweeper expires the 7-day API token and sends its notices.
    kw.clock.advance(8 * 86_400_000);
    await kw.keyward.runtime.sweeper.run();
    kw.clock.reset();
  }, 120_000);
  const webhookSecrets: string[] = [];
  let figures = '';
  afterAll(async () => {
    await kw?.stop();
    if (figures !== '') process.stdout.write(`secret hygiene: ${figures}\n`);
  });

  const secretsOf = (value: string): string[] =>
    value.startsWith('kw') ? [value, value.split('_')[2]!.slice(0, 32)] : [value];

  it('finds none of the issued values, secrets, secret keys or the pepper anywhere they must not be', async () => {
    const issued = [...kw.issued(), kw.ownerKey];
    expect(issued.length).toBeGreaterThanOrEqual(10);
    const needles = [...issued.flatMap(secretsOf), secretKey, ...webhookSecrets];
    const pepper = await kw.keyward.runtime.keys.currentPepper();
    needles.push(pepper.key.toString('base64'), pepper.key.toString('base64url'), pepper.key.toString('hex'));

    const logs = kw.logLines();
    const items: string[] = [];
    for (const table of Object.values(kw.keyward.tables)) {
      items.push(...(await scanAll(kw.keyward, table)).map((item) => JSON.stringify(item)));
    }
    // A response may carry a value only if it issued it (create or regenerate answer with `token`, a webhook's
    // create or rotation with `secret`) or showed it again (a reveal answers with `token`).
    const leakingResponses = responses.filter(({ text }) => {
      const body = JSON.parse(text) as { token?: unknown; secret?: unknown } | null;
      const token = body?.token ?? body?.secret;
      const issuedHere = typeof token === 'string' ? token : undefined;
      return needles.some(
        (needle) =>
          needle !== issuedHere && !secretsOf(issuedHere ?? '').includes(needle) && text.includes(needle),
      );
    });
    const hits = needles.flatMap((needle) => [
      ...logs.filter((line) => line.includes(needle)).map(() => 'log'),
      ...items.filter((item) => item.includes(needle)).map((item) => `item ${item.slice(0, 60)}`),
    ]);

    expect(hits).toEqual([]);
    expect(leakingResponses.map(({ path }) => path)).toEqual([]);
    expect(logs.length).toBeGreaterThan(50);
    expect(items.some((item) => item.includes('"requestLog"') || item.includes('"outcome"'))).toBe(true);
    expect(items.some((item) => item.includes('"wrappedKey"'))).toBe(true);
    for (const action of ['token.self_rotated', 'token.reuse_detected', 'token.leaked', 'token.revealed']) {
      expect(items.some((item) => item.includes(`"${action}"`))).toBe(true);
    }
    figures = `${needles.length} secrets × ${logs.length} log lines, ${items.length} items, ${responses.length} responses: ${hits.length + leakingResponses.length} hits`;
  });

  it('stores only HMACs: no item holds a 32-character secret next to its token id', async () => {
    for (const item of await scanAll(kw.keyward, kw.keyward.tables.tokens)) {
      // Rate counters, identities and external-id claims share the table; they hold no hash to check.
      if (/^(rate|identity|identity-external)#/.test(String(item.tokenId))) {
        expect(JSON.stringify(item)).not.toMatch(/kw[swdca]_[0-9a-f]{24}_/);
        continue;
      }
      expect(item.hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(item.start).toMatch(/^kw[swdca]_[0-9a-f]{24}_[0-9A-Za-z]{4}$/);
      expect(item).not.toHaveProperty('token');
      expect(item).not.toHaveProperty('secret');
      expect(item).not.toHaveProperty('secretKey');
    }
  });

  it('redacts a token-shaped string that reaches the logger by mistake', () => {
    const value = kw.issued()[0]!;
    kw.keyward.runtime.logger.warn('a careless message', { note: `oops ${value}`, secretKey: 'plain' });
    const line = kw.logLines().find((entry) => entry.includes('a careless message'))!;
    expect(line).not.toContain(value);
    expect(line).not.toContain('plain');
    expect(line).toContain('[redacted]');
  });
});
