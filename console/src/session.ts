import { createKeywardClient, type KeywardClient } from '../../client/index.js';

/**
 * The signed-in admin key lives in sessionStorage only: it dies with the tab and is never written to
 * localStorage. The API's URL comes from config.json (written at deploy time), else this origin.
 */
const KEY = 'keyward.adminKey';

export interface Session {
  readonly client: KeywardClient;
  readonly principal: { readonly id: string; readonly name: string };
}

let apiUrl: Promise<string> | undefined;
const loadApiUrl = (): Promise<string> =>
  (apiUrl ??= fetch(new URL('config.json', document.baseURI))
    .then((response) => (response.ok ? response.json() : {}))
    .then((config: { apiUrl?: string }) => config.apiUrl ?? window.location.origin)
    .catch(() => window.location.origin));

export const storedKey = (): string | null => sessionStorage.getItem(KEY);

/** Checks the key against the API; keeps it only if it works. */
export const signIn = async (adminKey: string): Promise<Session> => {
  const client = createKeywardClient({ baseUrl: await loadApiUrl(), adminKey });
  const { data } = await client.GET('/v1/principals/me');
  sessionStorage.setItem(KEY, adminKey);
  return { client, principal: { id: data!.id, name: data!.name } };
};

export const signOut = (): void => sessionStorage.removeItem(KEY);
