import { expect } from 'vitest';
import { TOKEN_LIKE_PATTERN } from '../../shared/domain/token-format.js';
import { type ApiClient, apiClient } from './api-client.js';
import { startTestKeyward, type TestKeyward, type TestKeywardOptions } from './local-keyward.js';
import { captureLogs, type LogCapture } from './log-capture.js';
import { scanAll } from './scan.js';

/**
 * An end-to-end fixture: a real local server on DynamoDB Local, an HTTP client holding the owner's admin
 * key, and a record of every token value the API handed out. `stop()` asserts that none of those values,
 * nor their secrets, appears in any log line or stored item of the run.
 */
export interface E2eKeyward extends TestKeyward {
  readonly api: ApiClient;
  /** A client with another key (or none). */
  readonly as: (key?: string) => ApiClient;
  /** Every token value returned by create or regenerate during the run. */
  readonly issued: () => readonly string[];
  /** Log lines written so far. */
  readonly logLines: () => readonly string[];
}

export const recording = (client: ApiClient, issued: Set<string>): ApiClient => {
  const request: ApiClient['request'] = async (method, path, options) => {
    const response = await client.request(method, path, options);
    const text = JSON.stringify(response.body ?? null);
    for (const value of text.match(TOKEN_LIKE_PATTERN) ?? []) issued.add(value);
    // Secret keys of project tokens are secrets too: they must never come back or be stored in the clear.
    const secretKey = (options?.body as { secretKey?: unknown } | undefined)?.secretKey;
    if (typeof secretKey === 'string') issued.add(secretKey);
    return response;
  };
  return {
    request,
    get: (path, options) => request('GET', path, options),
    post: (path, body, options) => request('POST', path, { ...options, body }),
    patch: (path, body, options) => request('PATCH', path, { ...options, body }),
    put: (path, body, options) => request('PUT', path, { ...options, body }),
    delete: (path, options) => request('DELETE', path, options),
  };
};

const assertNoSecretLeaked = async (kw: TestKeyward, logs: LogCapture, issued: ReadonlySet<string>) => {
  const logText = logs.text();
  const stored: string[] = [];
  for (const table of Object.values(kw.keyward.tables))
    stored.push(JSON.stringify(await scanAll(kw.keyward, table)));
  const storedText = stored.join('\n');
  for (const value of [...issued, kw.ownerKey]) {
    const secret = value.startsWith('kw') ? value.split('_')[2]!.slice(0, 32) : value;
    expect(logText.includes(value) || logText.includes(secret), 'a token reached the logs').toBe(false);
    expect(storedText.includes(value) || storedText.includes(secret), 'a token reached the store').toBe(
      false,
    );
  }
  const pepper = (await kw.keyward.runtime.keys.currentPepper()).key.toString('base64');
  expect(logText.includes(pepper) || storedText.includes(pepper), 'the pepper leaked').toBe(false);
};

export const startE2eKeyward = async (options: TestKeywardOptions = {}): Promise<E2eKeyward> => {
  const logs = captureLogs();
  try {
    const kw = await startTestKeyward(options);
    const issued = new Set<string>();
    const as = (key?: string) => recording(apiClient(kw.url, key), issued);
    return {
      ...kw,
      api: as(kw.ownerKey),
      as,
      issued: () => [...issued],
      logLines: () => logs.lines(),
      stop: async () => {
        try {
          await assertNoSecretLeaked(kw, logs, issued);
        } finally {
          logs.restore();
          await kw.stop();
        }
      },
    };
  } catch (error) {
    logs.restore();
    throw error;
  }
};

/** Creates a workspace and a site in it with the owner's key; returns their ids. */
export const createWorkspaceAndSite = async (api: ApiClient, plan: 'free' | 'enterprise' = 'enterprise') => {
  const workspace = await api.post('/v1/workspaces', { name: 'Magrathea', plan });
  expect(workspace.status).toBe(201);
  const site = await api.post(`/v1/workspaces/${workspace.body.id}/sites`, {
    displayName: "The Hitchhiker's Guide to the Galaxy",
    shortName: 'hitchhikers-guide',
  });
  expect(site.status).toBe(201);
  return { workspaceId: workspace.body.id as string, siteId: site.body.id as string };
};

/** A local Keyward with one workspace and site in it: what most end-to-end files start from. */
export const startWithSite = async (options?: TestKeywardOptions) => {
  const kw = await startE2eKeyward(options);
  return { kw, ...(await createWorkspaceAndSite(kw.api)) };
};

/** A new principal with an admin key, optionally holding a role on a resource. */
export const createPrincipalWithKey = async (
  api: ApiClient,
  role?: { readonly on: `/v1/${'workspaces' | 'sites' | 'projects'}/${string}`; readonly role: string },
) => {
  const principal = await api.post('/v1/principals', { name: 'teammate' });
  expect(principal.status).toBe(201);
  const key = await api.post(`/v1/principals/${principal.body.id}/admin-keys`, { name: 'laptop' });
  expect(key.status).toBe(201);
  if (role !== undefined) {
    const membership = await api.put(`${role.on}/members/${principal.body.id}`, { role: role.role });
    expect(membership.status).toBe(200);
  }
  return { principalId: principal.body.id as string, key: key.body.token as string };
};

/** A project with an `article`/`articles` content type, and a full-access API token to write content. */
export const createProjectWithContent = async (api: ApiClient) => {
  const project = await api.post('/v1/projects', { name: 'Blog' });
  expect(project.status).toBe(201);
  const projectId = project.body.id as string;
  expect(
    (await api.post(`/v1/projects/${projectId}/content-types`, { name: 'article', pluralName: 'articles' }))
      .status,
  ).toBe(201);
  const environments = await api.get(`/v1/projects/${projectId}/environments`);
  const writer = await api.post(`/v1/projects/${projectId}/api-tokens`, {
    name: 'writer',
    type: 'full-access',
    lifespan: null,
  });
  expect(writer.status).toBe(201);
  return {
    projectId,
    mainEnvironmentId: environments.body.items[0].id as string,
    writerToken: writer.body.token as string,
  };
};
