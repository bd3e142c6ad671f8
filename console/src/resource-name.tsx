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

const FALLBACK: Readonly<Record<keyof typeof NAME_OF, string>> = {
  workspace: 'Workspace',
  site: 'Site',
  project: 'Project',
};

/** A resource's name for a breadcrumb: its type while loading or when it cannot be read. */
export const ResourceName = ({
  client,
  type,
  id,
}: {
  client: KeywardClient;
  type: keyof typeof NAME_OF;
  id: string;
}) => {
  const { state } = useLoad(() => NAME_OF[type](client, id), [type, id]);
  return <>{(state.status === 'ready' ? state.data : undefined) ?? FALLBACK[type]}</>;
};
