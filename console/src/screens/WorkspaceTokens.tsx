import { useMemo } from 'react';
import { tokenKinds } from '../../../shared/domain/kinds.js';
import { listAll } from '../list-all.js';
import type { ScreenProps } from '../screen.js';
import { loadTokenPolicy } from '../token-policy.js';
import { usageCalls } from '../usage-calls.js';
import { scopedTokenScreen } from './ScopedTokens.js';
import { TokenScreen } from './TokenScreen.js';

/** Workspace tokens (enterprise): none or read-only per workspace API; they cannot be regenerated. */
export const WorkspaceTokens = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const workspaceId = params.workspaceId!;
  const config = useMemo(() => {
    const path = { params: { path: { workspaceId } } };
    return scopedTokenScreen({
      // The workspace-token document's place for them.
      title: 'Apps & integrations › Manage',
      section: 'Workspace API access',
      usage: usageCalls(client, 'workspace', workspaceId),
      createLabel: 'Generate API token',
      crumbs: [
        ['Workspaces', '/'],
        [{ type: 'workspace', id: workspaceId }, `/workspaces/${workspaceId}`],
      ],
      kind: tokenKinds.workspace,
      calls: {
        policy: () => loadTokenPolicy(client, 'workspace', workspaceId),
        permissions: async () =>
          (await client.GET('/v1/workspaces/{workspaceId}', path)).data!.viewerPermissions ?? [],
        list: () =>
          listAll(
            async (query) =>
              (
                await client.GET('/v1/workspaces/{workspaceId}/tokens', {
                  params: { path: { workspaceId }, query },
                })
              ).data!,
          ),
        create: async (body) =>
          (await client.POST('/v1/workspaces/{workspaceId}/tokens', { ...path, body: body as never })).data!,
        revoke: async (tokenId) =>
          void (await client.DELETE('/v1/workspaces/{workspaceId}/tokens/{tokenId}', {
            params: { path: { workspaceId, tokenId } },
          })),
      },
    });
  }, [client, workspaceId]);
  return <TokenScreen config={config} />;
};
