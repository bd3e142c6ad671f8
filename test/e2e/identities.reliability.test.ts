import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createProjectWithContent, type E2eKeyward, startWithSite } from '../support/e2e.js';

/** Identities: who tokens belong to, with a rate limit and credits all their tokens share. */
describe('E2E: identities', () => {
  let kw: E2eKeyward;
  let workspaceId: string;
  let siteId: string;

  beforeAll(async () => ({ kw, workspaceId, siteId } = await startWithSite()));
  afterEach(() => kw.clock.reset());
  afterAll(async () => kw?.stop());

  const identities = () => `/v1/workspaces/${workspaceId}/identities`;
  let customers = 0;
  const createIdentity = async (body: Record<string, unknown> = {}) => {
    customers += 1;
    const created = await kw.api.post(identities(), { externalId: `cus_${customers}`, ...body });
    expect(created.status).toBe(201);
    return created.body as { id: string; externalId: string };
  };
  const siteToken = async (identityId?: string) => {
    const created = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
      name: 'customer key',
      scopes: { sites: 'read' },
      ...(identityId === undefined ? {} : { identityId }),
    });
    expect(created.status).toBe(201);
    return created.body as { id: string; token: string; identityId: string | null };
  };
  const revokeAll = async (ids: readonly string[]) => {
    for (const id of ids) await kw.api.delete(`/v1/sites/${siteId}/tokens/${id}`);
  };
  const call = (token: string) => kw.as(token).get(`/v2/sites/${siteId}`);

  it('creates, finds by external id, updates, lists and deletes an identity', async () => {
    // Act
    const identity = await createIdentity({ meta: { plan: 'pro' } });
    const byExternalId = await kw.api.get(`${identities()}?externalId=${identity.externalId}`);
    const updated = await kw.api.patch(`${identities()}/${identity.id}`, {
      meta: { plan: 'team' },
      rateLimit: { limit: 5, windowSeconds: 60 },
    });
    const listed = await kw.api.get(identities());
    const deleted = await kw.api.delete(`${identities()}/${identity.id}`);

    // Assess
    expect(byExternalId.body.items).toEqual([expect.objectContaining({ id: identity.id })]);
    expect(updated.body).toMatchObject({
      meta: { plan: 'team' },
      rateLimit: { limit: 5, windowSeconds: 60 },
    });
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(identity.id);
    expect(deleted.status).toBe(204);
    expect((await kw.api.get(`${identities()}/${identity.id}`)).status).toBe(404);
    // The external id is free again.
    expect((await kw.api.post(identities(), { externalId: identity.externalId })).status).toBe(201);
  });

  it('refuses an external id the workspace has already with 409, and bad ones with 422', async () => {
    const identity = await createIdentity();
    const again = await kw.api.post(identities(), { externalId: identity.externalId });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('external_id_taken');
    const tooLong = await kw.api.post(identities(), { externalId: 'x'.repeat(257) });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.details[0].path).toBe('externalId');
    const other = await createIdentity();
    const renamed = await kw.api.patch(`${identities()}/${other.id}`, { externalId: identity.externalId });
    expect(renamed.status).toBe(409);
  });

  it('lists an identity’s tokens and tells a token’s identity', async () => {
    const identity = await createIdentity();
    const token = await siteToken(identity.id);
    expect(token.identityId).toBe(identity.id);
    const listed = await kw.api.get(`${identities()}/${identity.id}/tokens`);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([token.id]);
    // An identity with an active token cannot be deleted; once the token is revoked it can.
    const refused = await kw.api.delete(`${identities()}/${identity.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('identity_has_tokens');
    await revokeAll([token.id]);
    expect((await kw.api.delete(`${identities()}/${identity.id}`)).status).toBe(204);
  });

  it('never lets a token join an identity that is being deleted: one of the two fails, 15 trials of each kind', async () => {
    const outcomes: string[] = [];
    for (let trial = 0; trial < 15; trial += 1) {
      const identity = await createIdentity();
      const moved = trial % 2 === 1 ? await siteToken() : undefined;
      // A token created in the identity, or an existing one moved into it, at the same moment as the delete.
      const [joined, deleted] = await Promise.all([
        moved === undefined
          ? kw.api.post(`/v1/sites/${siteId}/tokens`, {
              name: 'racing key',
              scopes: { sites: 'read' },
              identityId: identity.id,
            })
          : kw.api.patch(`/v1/sites/${siteId}/tokens/${moved.id}`, { identityId: identity.id }),
        kw.api.delete(`${identities()}/${identity.id}`),
      ]);
      const joinedOk = joined.status === 200 || joined.status === 201;
      outcomes.push(`${joinedOk ? 'joined' : joined.status}/${deleted.status}`);
      // Both never succeed; a token that joined finds its identity still there.
      expect(joinedOk && deleted.status === 204, outcomes.at(-1)).toBe(false);
      if (joinedOk) expect((await kw.api.get(`${identities()}/${identity.id}`)).status).toBe(200);
      else expect([422, 409]).toContain(joined.status);
      const tokenId = (moved?.id ?? joined.body?.id) as string | undefined;
      if (tokenId !== undefined) await revokeAll([tokenId]);
    }
  });

  it('refuses to put a token in an identity of another workspace or project with 422', async () => {
    const project = await createProjectWithContent(kw.api);
    const elsewhere = await kw.api.post(`/v1/projects/${project.projectId}/identities`, { externalId: 'p1' });
    expect(elsewhere.status).toBe(201);
    const created = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
      name: 'stray',
      scopes: { sites: 'read' },
      identityId: elsewhere.body.id,
    });
    expect(created.status).toBe(422);
    expect(created.body.details[0].path).toBe('identityId');
    // And the identity is not visible through the other tenant's routes either.
    expect((await kw.api.get(`${identities()}/${elsewhere.body.id}`)).status).toBe(404);
  });

  it('shares one rate limit between two tokens: 100 parallel calls, limit 10 → exactly 10 allowed', async () => {
    // Prepare
    const identity = await createIdentity({ rateLimit: { limit: 10, windowSeconds: 3_600 } });
    const first = await siteToken(identity.id);
    const second = await siteToken(identity.id);

    // Act
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) => call(i % 2 === 0 ? first.token : second.token)),
    );

    // Assess
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(90);
    expect(responses.find((response) => response.status === 429)?.body.code).toBe('RATE_LIMITED');
    await revokeAll([first.id, second.id]);
  });

  it('shares credits between two tokens exactly, and tells the identity in the verification', async () => {
    // Prepare
    const identity = await createIdentity({ credits: { remaining: 10 } });
    const first = await siteToken(identity.id);
    const second = await siteToken(identity.id);

    // Act
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) => call(i % 2 === 0 ? first.token : second.token)),
    );

    // Assess
    expect(responses.filter((response) => response.status === 200)).toHaveLength(10);
    expect(responses.find((response) => response.status === 429)?.body.code).toBe('USAGE_EXCEEDED');
    const read = await kw.api.get(`${identities()}/${identity.id}`);
    expect(read.body.credits.remaining).toBe(0);
    // A top-up lets both tokens work again; the verification names the identity.
    await kw.api.patch(`${identities()}/${identity.id}`, { credits: { add: 2 } });
    const verified = await kw.api.post('/v1/verify', { token: first.token });
    expect(verified.body).toMatchObject({
      valid: true,
      identity: { id: identity.id, externalId: identity.externalId, creditsRemaining: 1 },
    });
    await revokeAll([first.id, second.id]);
  });

  it('records credits.low once for an identity whose shared credits fall below a tenth', async () => {
    // Prepare
    const identity = await createIdentity({ credits: { remaining: 20 } });
    const token = await siteToken(identity.id);

    // Act: 19 spends leave 1 of 20, below the threshold of 2
    for (let i = 0; i < 19; i += 1) expect((await call(token.token)).status).toBe(200);

    // Assess
    const events = (await kw.api.get(`/v1/workspaces/${workspaceId}/audit-logs?limit=100`)).body.items.filter(
      (event: { action: string; target: { id: string } }) =>
        event.action === 'credits.low' && event.target.id === identity.id,
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ target: { type: 'identity', name: identity.externalId } });
    await revokeAll([token.id]);
  });

  it('puts the identity into the authorizer’s context', async () => {
    const identity = await createIdentity();
    const token = await siteToken(identity.id);
    const introspected = await kw.as(token.token).get('/v2/token/introspect');
    expect(introspected.status).toBe(200);
    expect(introspected.body).toMatchObject({ identityId: identity.id, externalId: identity.externalId });
    // Moving the token out of the identity reaches the authorizer within the revocation bound.
    await kw.api.patch(`/v1/sites/${siteId}/tokens/${token.id}`, { identityId: null });
    kw.clock.advance(1_001);
    const after = await kw.as(token.token).get('/v2/token/introspect');
    expect(after.body).toMatchObject({ identityId: null });
    expect(after.body.externalId).toBeUndefined();
    await revokeAll([token.id]);
  });
});
