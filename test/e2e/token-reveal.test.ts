import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVEALS_PER_HOUR } from '../../shared/services/tokens/token-reveal.js';
import {
  createPrincipalWithKey,
  createProjectWithContent,
  type E2eKeyward,
  startWithSite,
} from '../support/e2e.js';
import { scanAll } from '../support/scan.js';

/** View again: tenants that opt in keep new token values sealed, and admins may see them again. */
describe('E2E: revealing a token value again', () => {
  let kw: E2eKeyward;
  let workspaceId: string;
  let siteId: string;
  let projectId: string;

  beforeAll(async () => {
    ({ kw, workspaceId, siteId } = await startWithSite());
    ({ projectId } = await createProjectWithContent(kw.api));
  });
  afterAll(async () => kw?.stop());

  const policyOf = (tenant: string) => `/v1/${tenant}/token-policy`;
  const createSiteToken = async (name: string) => {
    const created = await kw.api.post(`/v1/sites/${siteId}/tokens`, { name, scopes: { sites: 'read' } });
    expect(created.status).toBe(201);
    return created.body as { id: string; token: string };
  };
  const revokeSiteTokens = async (...tokens: { id: string }[]) => {
    for (const { id } of tokens) await kw.api.delete(`/v1/sites/${siteId}/tokens/${id}`);
  };
  const revealSiteToken = (tokenId: string, key?: string) =>
    (key === undefined ? kw.api : kw.as(key)).post(`/v1/sites/${siteId}/tokens/${tokenId}/reveal`, {});
  const keptValueItems = async () =>
    (await scanAll(kw.keyward, kw.keyward.tables.directory)).filter((item) =>
      String(item.pk).startsWith('reveal#'),
    );

  it('shows a value made while revealable is on, never one made before, with no-store and an audit entry', async () => {
    // Prepare
    const before = await createSiteToken('before');
    const turnedOn = await kw.api.put(policyOf(`workspaces/${workspaceId}`), { revealable: true });
    expect(turnedOn.body).toMatchObject({ revealable: true });
    const after = await createSiteToken('after');

    // Act
    const revealed = await revealSiteToken(after.id);
    const notKept = await revealSiteToken(before.id);

    // Assess
    expect(revealed.status).toBe(200);
    expect(revealed.body).toEqual({ id: after.id, token: after.token });
    expect(revealed.headers.get('cache-control')).toBe('no-store');
    expect(notKept.status).toBe(404);
    const audit = await kw.api.get(`/v1/workspaces/${workspaceId}/audit-logs`);
    const entry = audit.body.items.find((event: any) => event.action === 'token.revealed');
    expect(entry).toMatchObject({
      target: { type: 'token', id: after.id },
      actor: { principalId: expect.any(String) },
    });
    // Kept sealed: the stored item holds a wrapped key and a ciphertext, never the value.
    const [kept] = await keptValueItems();
    expect(kept).toMatchObject({ sk: after.id, wrappedKey: expect.any(String), sealed: expect.any(String) });
    expect(JSON.stringify(kept)).not.toContain(after.token.split('_')[2]);
    await revokeSiteTokens(before, after);
  });

  it('needs the reveal permission: admins have it, token managers and viewers do not', async () => {
    const token = await createSiteToken('guarded');
    const manager = await createPrincipalWithKey(kw.api, {
      on: `/v1/sites/${siteId}`,
      role: 'token-manager',
    });
    const admin = await createPrincipalWithKey(kw.api, {
      on: `/v1/workspaces/${workspaceId}`,
      role: 'admin',
    });
    const stranger = await createPrincipalWithKey(kw.api);

    expect((await revealSiteToken(token.id, manager.key)).status).toBe(403);
    expect((await revealSiteToken(token.id, stranger.key)).status).toBe(404);
    const byAdmin = await revealSiteToken(token.id, admin.key);
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.token).toBe(token.token);
    await revokeSiteTokens(token);
  });

  it('shows the new value after a regenerate, and nothing once the token is revoked', async () => {
    const token = await createSiteToken('rotating');
    const regenerated = await kw.api.post(`/v1/sites/${siteId}/tokens/${token.id}/regenerate`, {});
    expect(regenerated.status).toBe(200);

    expect((await revealSiteToken(token.id)).body.token).toBe(regenerated.body.token);
    await revokeSiteTokens(token);
    expect((await revealSiteToken(token.id)).status).toBe(404);
  });

  it('keeps project tokens and API tokens of a project that opts in; a deleted one has nothing to show', async () => {
    await kw.api.put(policyOf(`projects/${projectId}`), { revealable: true });
    const apiToken = await kw.api.post(`/v1/projects/${projectId}/api-tokens`, {
      name: 'kept',
      type: 'read-only',
      lifespan: 7,
    });
    const projectToken = await kw.api.post(`/v1/projects/${projectId}/tokens`, { title: 'cdn' });
    const revealApi = () =>
      kw.api.post(`/v1/projects/${projectId}/api-tokens/${apiToken.body.id}/reveal`, {});

    expect((await revealApi()).body.token).toBe(apiToken.body.token);
    expect(
      (await kw.api.post(`/v1/projects/${projectId}/tokens/${projectToken.body.id}/reveal`, {})).body.token,
    ).toBe(projectToken.body.token);
    await kw.api.delete(`/v1/projects/${projectId}/api-tokens/${apiToken.body.id}`);
    expect((await revealApi()).status).toBe(404);
  });

  it('drops a kept value when the sweeper expires its token', async () => {
    const weekly = await kw.api.post(`/v1/projects/${projectId}/api-tokens`, {
      name: 'weekly',
      type: 'read-only',
      lifespan: 7,
    });
    expect((await keptValueItems()).some((item) => item.sk === weekly.body.id)).toBe(true);

    kw.clock.advance(8 * 86_400_000);
    const report = await kw.keyward.runtime.sweeper.run().finally(() => kw.clock.reset());

    expect(report.expired).toBeGreaterThanOrEqual(1);
    expect((await keptValueItems()).some((item) => item.sk === weekly.body.id)).toBe(false);
  });

  it('limits how many values one principal sees again per hour', async () => {
    const token = await createSiteToken('limited');
    const admin = await createPrincipalWithKey(kw.api, {
      on: `/v1/workspaces/${workspaceId}`,
      role: 'admin',
    });
    for (let n = 0; n < REVEALS_PER_HOUR; n += 1) {
      expect((await revealSiteToken(token.id, admin.key)).status).toBe(200);
    }
    const refused = await revealSiteToken(token.id, admin.key);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    await revokeSiteTokens(token);
  });

  it('deletes every kept value when revealable is turned off; none is shown again, new ones are not kept', async () => {
    // Prepare
    const token = await createSiteToken('forgotten');
    expect((await keptValueItems()).some((item) => item.sk === token.id)).toBe(true);

    // Act
    const turnedOff = await kw.api.put(policyOf(`workspaces/${workspaceId}`), { revealable: false });
    await kw.api.put(policyOf(`projects/${projectId}`), {});
    const madeAfter = await createSiteToken('made-after');

    // Assess
    expect(turnedOff.body.revealable).toBe(false);
    expect(await keptValueItems()).toEqual([]);
    expect((await revealSiteToken(token.id)).status).toBe(404);
    expect((await revealSiteToken(madeAfter.id)).status).toBe(404);
  });
});
