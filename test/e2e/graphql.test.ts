import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjectWithContent, type E2eKeyward, startE2eKeyward } from '../support/e2e.js';

/**
 * API tokens authenticate "REST and GraphQL API queries": `POST /graphql` on the sample content API, through
 * the real local server and authorizer, each field authorized as the REST route it stands for.
 */
describe('E2E: the content API over GraphQL', () => {
  let kw: E2eKeyward;
  let project: Awaited<ReturnType<typeof createProjectWithContent>>;

  beforeAll(async () => {
    kw = await startE2eKeyward();
    project = await createProjectWithContent(kw.api);
  });
  afterAll(async () => kw?.stop());

  const apiToken = async (body: Record<string, unknown>) =>
    (
      await kw.api.post(`/v1/projects/${project.projectId}/api-tokens`, {
        name: 'gql',
        lifespan: null,
        ...body,
      })
    ).body.token as string;
  const graphql = (token: string | undefined, query: string, variables?: Record<string, unknown>) =>
    kw.as(token).post('/graphql', { query, ...(variables === undefined ? {} : { variables }) });

  it('creates, finds, updates and deletes entries with a full-access token', async () => {
    const token = await apiToken({ type: 'full-access' });
    const made = await graphql(
      token,
      'mutation ($data: JSON!) { create(pluralName: "articles", data: $data) { id data } }',
      { data: { title: 'So Long' } },
    );
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const id = made.body.data.create.id as string;
    expect(made.body.data.create.data).toEqual({ title: 'So Long' });

    const found = await graphql(token, '{ find(pluralName: "articles") { data { id } } }');
    expect(found.body.data.find.data.map((entry: { id: string }) => entry.id)).toContain(id);
    const updated = await graphql(
      token,
      'mutation ($id: ID!, $data: JSON!) { update(pluralName: "articles", id: $id, data: $data) { data } }',
      { id, data: { title: 'And Thanks' } },
    );
    expect(updated.body.data.update.data).toEqual({ title: 'And Thanks' });
    const removed = await graphql(token, 'mutation ($id: ID!) { delete(pluralName: "articles", id: $id) }', {
      id,
    });
    expect(removed.body.data.delete).toBe(true);
    const gone = await graphql(
      token,
      'query ($id: ID!) { findOne(pluralName: "articles", id: $id) { id } }',
      { id },
    );
    expect(gone.body.errors[0].extensions.code).toBe('not_found');
  });

  it("answers a read-only token's mutation with a GraphQL error carrying Keyward's code, and writes nothing", async () => {
    const token = await apiToken({ type: 'read-only' });
    const before = (await graphql(token, '{ find(pluralName: "articles", limit: 100) { data { id } } }')).body
      .data.find.data.length;
    const refused = await graphql(
      token,
      'mutation ($data: JSON!) { create(pluralName: "articles", data: $data) { id } }',
      { data: { title: 'nope' } },
    );
    expect(refused.status).toBe(200);
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors[0]).toMatchObject({
      path: ['create'],
      extensions: { code: 'INSUFFICIENT_SCOPE' },
    });
    const after = (await graphql(token, '{ find(pluralName: "articles", limit: 100) { data { id } } }')).body
      .data.find.data.length;
    expect(after).toBe(before);
  });

  it('authorizes each field on its own: a custom token gets the fields it may use and errors for the rest', async () => {
    const token = await apiToken({ type: 'custom', permissions: { article: ['find'] } });
    const mixed = await graphql(
      token,
      '{ find(pluralName: "articles") { data { id } } one: findOne(pluralName: "articles", id: "00000000000000000000000000") { id } }',
    );
    expect(mixed.body.data).toBeNull(); // findOne is non-null, so its error nulls the whole answer
    expect(mixed.body.errors).toHaveLength(1);
    expect(mixed.body.errors[0]).toMatchObject({ path: ['one'], extensions: { code: 'INSUFFICIENT_SCOPE' } });
  });

  it('admits only valid API tokens at the gateway', async () => {
    expect((await graphql(undefined, '{ find(pluralName: "articles") { data { id } } }')).status).toBe(401);
    const delivery = (await kw.api.post(`/v1/projects/${project.projectId}/tokens`, { title: 'cdn' })).body
      .token;
    expect((await graphql(delivery, '{ find(pluralName: "articles") { data { id } } }')).status).toBe(403);
    const malformed = await kw.as(await apiToken({ type: 'read-only' })).post('/graphql', { query: 1 });
    expect(malformed.status).toBe(422);
  });
});
