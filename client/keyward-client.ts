import createClient, { type Client } from 'openapi-fetch';
import { KeywardApiError } from './errors.js';
import type { paths } from './schema.js';

export interface KeywardClientOptions {
  /** The API's base URL, e.g. `http://127.0.0.1:3000` or the stack's `ApiUrl` output. */
  readonly baseUrl: string;
  /** An admin key (`kwa_…`), sent as a bearer token. */
  readonly adminKey?: string;
  /** Retries of idempotent requests answered 429 or 503. @default 3 */
  readonly maxRetries?: number;
  /** The longest `Retry-After` honoured; longer waits fail at once. @default 30_000 */
  readonly maxRetryDelayMs?: number;
  readonly fetch?: typeof globalThis.fetch;
  /** @internal for tests */
  readonly sleep?: (ms: number) => Promise<void>;
}

export type KeywardClient = Client<paths>;

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRYABLE = new Set([429, 503]);

/** `Retry-After` in seconds (or an HTTP date) as milliseconds; 1 s when absent or unreadable. */
export const retryDelayMs = (header: string | null, now = Date.now()): number => {
  if (header === null) return 1_000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1_000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 1_000 : Math.max(0, date - now);
};

const retrying =
  (options: KeywardClientOptions) =>
  async (request: Request): Promise<Response> => {
    const send = options.fetch ?? globalThis.fetch;
    const sleep = options.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
    const retries = IDEMPOTENT.has(request.method) ? (options.maxRetries ?? 3) : 0;
    for (let attempt = 0; ; attempt += 1) {
      const response = await send(attempt < retries ? request.clone() : request);
      if (!RETRYABLE.has(response.status) || attempt >= retries) return response;
      const delay = retryDelayMs(response.headers.get('retry-after'));
      if (delay > (options.maxRetryDelayMs ?? 30_000)) return response;
      await response.body?.cancel();
      await sleep(delay);
    }
  };

/**
 * A typed client of the management API (types generated from its OpenAPI document). Every call either
 * returns `{ data }` or throws a `KeywardApiError`; idempotent calls are retried on 429 and 503 after
 * `Retry-After`.
 *
 * ```ts
 * const keyward = createKeywardClient({ baseUrl, adminKey });
 * const { data } = await keyward.POST('/v1/sites/{siteId}/tokens', {
 *   params: { path: { siteId } },
 *   body: { name: 'CI deploys', scopes: { sites: 'read' } },
 * });
 * ```
 */
export const createKeywardClient = (options: KeywardClientOptions): KeywardClient => {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: retrying(options),
    ...(options.adminKey === undefined ? {} : { headers: { authorization: `Bearer ${options.adminKey}` } }),
  });
  client.use({
    onResponse: async ({ response }) => {
      if (!response.ok) throw await KeywardApiError.from(response);
      return undefined;
    },
  });
  return client;
};
