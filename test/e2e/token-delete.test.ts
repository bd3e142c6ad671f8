import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REVOCATION_BOUND_MS } from '../../shared/verify/verification-cache.js';
import {
  createProjectWithContent,
  createWorkspaceAndSite,
  type E2eKeyward,
  startE2eKeyward,
} from '../support/e2e.js';

/**
 * DELETE per the requirement documents: project (delivery) and API tokens are deleted — gone from lists and
 * GET, refused everywhere within the revocation bound, kept only as an audit event — while site and workspace
 * tokens keep Webflow's revoke (listed as revoked).
 */
describe('E2E: deleting tokens', () => {
  let kw: E2eKeyward;
  let project: Awaited<ReturnType<typeof createProjectWithContent>>;

  beforeAll(async () => {
    kw = await startE2eKeyward({ revocationBoundMs: DEFAULT_REVOCATION_BOUND_MS });
    project = await createProjectWithContent(kw.api);
  });
  afterAll(async () => kw?.stop());

  const pastTheBound = async <T>(act: () => Promise<T>): Promise<T> => {
    kw.clock.advance(DEFAULT_REVOCATION_BOUND_MS + 1);
    try {
      return await act();
    } finally {
      kw.clock.reset();
    }
  };

  it.each([
    ['a project token', 'tokens', { title: 'Website' }, 'delivery', '/v2/content/article'],
    [
      'an API token',
      'api-tokens',
      { name: 'Importer', type: 'read-only', lifespan: 7 },
      'api',
      '/api/articles',
    ],
  ])(
    'removes %s: 204, gone from lists and GET, refused, audited with name and kind',
    async (_, path, body, kind, content) => {
      const base = `/v1/projects/${project.projectId}/${path}`;
      const created = await kw.api.post(base, body);
      expect(created.status).toBe(201);
      const { id, token } = created.body;
      expect((await kw.as(token).get(content)).status).toBe(200);

      const deleted = await kw.api.delete(`${base}/${id}`);
      expect(deleted.status).toBe(204);
      expect(deleted.body ?? null).toBeNull();

      expect((await kw.api.get(`${base}/${id}`)).status).toBe(404);
      const listed = (await kw.api.get(`${base}?status=revoked`)).body.items.concat(
        (await kw.api.get(base)).body.items,
      );
      expect(listed.map((item: { id: string }) => item.id)).not.toContain(id);
      expect((await kw.api.delete(`${base}/${id}`)).status).toBe(404);
      const refused = await pastTheBound(() => kw.as(token).get(content));
      expect(refused.status).toBe(401);

      const audit = await kw.api.get(`/v1/projects/${project.projectId}/audit-logs?limit=100`);
      const event = audit.body.items.find(
        (item: { action: string; target: { id: string } }) =>
          item.action === 'token.deleted' && item.target.id === id,
      );
      expect(event.target).toMatchObject({
        type: 'token',
        kind,
        name: (body as { title?: string; name?: string }).title ?? (body as { name: string }).name,
      });
    },
  );

  it('removes an API token that has already expired, and frees no slot twice', async () => {
    const base = `/v1/projects/${project.projectId}/api-tokens`;
    const created = await kw.api.post(base, { name: 'Short', type: 'read-only', lifespan: 7 });
    kw.clock.advance(8 * 86_400_000);
    try {
      await kw.keyward.runtime.sweeper.run();
    } finally {
      kw.clock.reset();
    }
    expect((await kw.api.get(`${base}/${created.body.id}`)).body.status).toBe('expired');
    expect((await kw.api.delete(`${base}/${created.body.id}`)).status).toBe(204);
    expect((await kw.api.get(`${base}/${created.body.id}`)).status).toBe(404);
  });

  it('keeps a revoked site token listed as revoked (Webflow revokes, it does not delete)', async () => {
    const { siteId } = await createWorkspaceAndSite(kw.api);
    const created = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
      name: 'kept',
      scopes: { sites: 'read' },
    });
    const revoked = await kw.api.delete(`/v1/sites/${siteId}/tokens/${created.body.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.status).toBe('revoked');
    expect((await kw.api.get(`/v1/sites/${siteId}/tokens/${created.body.id}`)).body.status).toBe('revoked');
  });
});
