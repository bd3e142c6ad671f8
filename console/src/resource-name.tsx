import { createContext, useContext } from 'react';
import type { KeywardClient } from '../../client/index.js';
import { useLoad } from './use-load.js';

/** How each resource a breadcrumb can name is fetched, and which field is its name. */
const NAME_OF = {
  workspace: async (client: KeywardClient, id: string) =>
    (await client.GET('/v1/workspaces/{workspaceId}', { params: { path: { workspaceId: id } } })).data?.name,
  site: async (client: KeywardClient, id: string) =>
    (await client.GET('/v1/sites/{siteId}', { params: { path: { siteId: id } } })).data?.displayName,
  project: async (client: KeywardClient, id: string) =>
    (await client.GET('/v1/projects/{projectId}', { params: { path: { projectId: id } } })).data?.name,
} as const;

/** A resource a breadcrumb names by its name, which is loaded. */
export interface ResourceRef {
  readonly type: keyof typeof NAME_OF;
  readonly id: string;
}

const FALLBACK: Readonly<Record<ResourceRef['type'], string>> = {
  workspace: 'Workspace',
  site: 'Site',
  project: 'Project',
};

/** The signed-in client, for the parts of the page that load what they show (breadcrumbs). */
export const ClientContext = createContext<KeywardClient | undefined>(undefined);

/**
 * The words of a list of labels, some of them resources: a text stays as it is, a resource reads as its
 * name, or as its type while loading or when it cannot be read. One load for the whole list.
 */
export const useResourceNames = (labels: readonly (string | ResourceRef)[]): string[] => {
  const client = useContext(ClientContext);
  const refs = labels.filter((label): label is ResourceRef => typeof label !== 'string');
  const { state } = useLoad(
    () =>
      Promise.all(
        refs.map((ref) =>
          client === undefined ? undefined : NAME_OF[ref.type](client, ref.id).catch(() => undefined),
        ),
      ),
    refs.map((ref) => `${ref.type}:${ref.id}`),
  );
  let next = 0;
  return labels.map((label) => {
    if (typeof label === 'string') return label;
    const loaded = state.status === 'ready' ? state.data[next] : undefined;
    next += 1;
    return loaded ?? FALLBACK[label.type];
  });
};
