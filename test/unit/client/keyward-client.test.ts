import { describe, expect, it } from 'vitest';
import { createKeywardClient, KeywardApiError, retryDelayMs } from '../../../client/index.js';

/** A fetch that answers from a script of responses and records what it was sent. */
const scripted = (...responses: Response[]) => {
  const sent: Request[] = [];
  const fetch = async (input: Request | string | URL) => {
    sent.push(input as Request);
    return responses.shift() ?? new Response('{}', { status: 200 });
  };
  return { sent, fetch: fetch as typeof globalThis.fetch };
};
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('Function: createKeywardClient', () => {
  const options = { baseUrl: 'http://keyward.test/', adminKey: 'kwa_key', sleep: async () => undefined };

  it('sends the admin key and returns the data', async () => {
    const { sent, fetch } = scripted(json(200, { items: [] }));
    const client = createKeywardClient({ ...options, fetch });
    const { data } = await client.GET('/v1/workspaces');
    expect(data).toEqual({ items: [] });
    expect(sent[0]!.url).toBe('http://keyward.test/v1/workspaces');
    expect(sent[0]!.headers.get('authorization')).toBe('Bearer kwa_key');
  });

  it('retries idempotent calls on 429 and 503 after Retry-After, then succeeds', async () => {
    const waits: number[] = [];
    const { sent, fetch } = scripted(
      json(503, { code: 'store_unavailable', message: 'later', requestId: 'r1' }, { 'retry-after': '2' }),
      json(429, { code: 'RATE_LIMITED', message: 'slow down', requestId: 'r2' }, { 'retry-after': '1' }),
      json(200, { items: [] }),
    );
    const client = createKeywardClient({ ...options, fetch, sleep: async (ms) => void waits.push(ms) });
    await client.GET('/v1/workspaces');
    expect(sent).toHaveLength(3);
    expect(waits).toEqual([2_000, 1_000]);
  });

  it('does not retry a create, and throws the API error with its fields', async () => {
    const { sent, fetch } = scripted(
      json(409, { code: 'token_limit_reached', message: 'At most 5', requestId: 'r3' }),
      json(503, { code: 'store_unavailable', message: 'later', requestId: 'r4' }, { 'retry-after': '1' }),
    );
    const client = createKeywardClient({ ...options, fetch });
    const create = () =>
      client.POST('/v1/sites/{siteId}/tokens', {
        params: { path: { siteId: 'a'.repeat(24) } },
        body: { name: 'x', scopes: { sites: 'read' } },
      });
    await expect(create()).rejects.toMatchObject({
      name: 'KeywardApiError',
      status: 409,
      code: 'token_limit_reached',
      message: 'At most 5',
      requestId: 'r3',
    });
    await expect(create()).rejects.toBeInstanceOf(KeywardApiError);
    expect(sent).toHaveLength(2);
  });

  it('carries 422 details, and makes an error of a body that is not JSON', async () => {
    const { fetch } = scripted(
      json(422, {
        code: 'validation_error',
        message: 'bad',
        details: [{ path: 'name', message: 'required' }],
        requestId: 'r',
      }),
      new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    const client = createKeywardClient({ ...options, fetch });
    await expect(client.GET('/v1/workspaces')).rejects.toMatchObject({
      details: [{ path: 'name', message: 'required' }],
    });
    await expect(client.GET('/v1/workspaces')).rejects.toMatchObject({ status: 502, code: 'http_502' });
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryDelayMs('3')).toBe(3_000);
    expect(retryDelayMs(null)).toBe(1_000);
    expect(retryDelayMs(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
  });
});
