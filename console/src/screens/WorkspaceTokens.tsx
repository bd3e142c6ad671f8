import { useMemo } from 'react';
import { WORKSPACE_APIS } from '../../../shared/domain/scopes.js';
import type { ScreenProps } from '../App.js';
import { ResourceName } from '../resource-name.js';
import { type ScopedTokenConfig, ScopedTokens } from './ScopedTokens.js';

/** Workspace tokens (enterprise): none or read-only per workspace API; they cannot be regenerated. */
export const WorkspaceTokens = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const workspaceId = params.workspaceId!;
  const config = useMemo((): ScopedTokenConfig => {
    const path = { params: { path: { workspaceId } } };
    return {
      title: 'API access',
      generateLabel: 'Generate API token',
      crumbs: [
        ['Workspaces', '/'],
        [
          <ResourceName client={client} kind="workspace" id={workspaceId} key="w" />,
          `/workspaces/${workspaceId}`,
        ],
      ],
      apis: WORKSPACE_APIS,
      levels: ['none', 'read'],
      limit: 5,
      regenerable: false,
      list: async () =>
        (
          await client.GET('/v1/workspaces/{workspaceId}/tokens', {
            params: { path: { workspaceId }, query: { limit: 100 } },
          })
        ).data!.items,
      create: async (body) =>
        (await client.POST('/v1/workspaces/{workspaceId}/tokens', { ...path, body })).data!,
      revoke: async (tokenId) =>
        void (await client.DELETE('/v1/workspaces/{workspaceId}/tokens/{tokenId}', {
          params: { path: { workspaceId, tokenId } },
        })),
      regenerate: async () => {
        throw new Error('Workspace tokens cannot be regenerated.');
      },
    };
  }, [client, workspaceId]);
  return <ScopedTokens config={config} />;
};
