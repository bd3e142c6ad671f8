import { createKeywardClient, type KeywardClient } from '../client/index.js';
import { resolveConnection } from './config.js';

/** A client for the stored (or environment) connection. */
export const connect = async (): Promise<KeywardClient> => {
  const { url, adminKey } = await resolveConnection();
  return createKeywardClient({ baseUrl: url, adminKey });
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One call by path template, for commands driven by tables of routes (the token kinds). The typed methods
 * of the client check literal paths; a table holds many, so the check is given up here, at one place.
 */
export const send = async <T = Record<string, unknown>>(
  client: KeywardClient,
  method: Method,
  template: string,
  path: Record<string, string>,
  options: { readonly body?: unknown; readonly query?: Record<string, string | number | undefined> } = {},
): Promise<T> => {
  const query = Object.fromEntries(Object.entries(options.query ?? {}).filter(([, v]) => v !== undefined));
  const { data } = await client.request(
    method as 'get',
    template as never,
    {
      params: { path, query },
      ...(options.body === undefined ? {} : { body: options.body }),
    } as never,
  );
  return data as T;
};
