import type { KeywardClient } from '../../client/index.js';
import type { Granularity, LoadUsage, Usage } from './usage-model.js';

/** The usage reads a token screen offers: any of its tokens, and its owner's whole usage. */
export interface UsageCalls {
  /** Whose usage this is (`site#<id>`): what screens key their loads by, so no owner's data outlives its route. */
  readonly ownerKey: string;
  token(tokenId: string): LoadUsage;
  readonly owner: LoadUsage;
}

type OwnerType = 'site' | 'workspace' | 'project';

/** Each owner type's usage route, by its path's own types. */
const ownerUsage: Readonly<
  Record<OwnerType, (client: KeywardClient, id: string, granularity: Granularity) => Promise<unknown>>
> = {
  site: async (client, siteId, granularity) =>
    (await client.GET('/v1/sites/{siteId}/usage', { params: { path: { siteId }, query: { granularity } } }))
      .data,
  workspace: async (client, workspaceId, granularity) =>
    (
      await client.GET('/v1/workspaces/{workspaceId}/usage', {
        params: { path: { workspaceId }, query: { granularity } },
      })
    ).data,
  project: async (client, projectId, granularity) =>
    (
      await client.GET('/v1/projects/{projectId}/usage', {
        params: { path: { projectId }, query: { granularity } },
      })
    ).data,
};

export const usageCalls = (client: KeywardClient, owner: OwnerType, ownerId: string): UsageCalls => ({
  ownerKey: `${owner}#${ownerId}`,
  token: (tokenId) => async (granularity) =>
    (
      await client.GET('/v1/tokens/{tokenId}/usage', {
        params: { path: { tokenId }, query: { granularity } },
      })
    ).data as Usage,
  owner: async (granularity) => (await ownerUsage[owner](client, ownerId, granularity)) as Usage,
});
