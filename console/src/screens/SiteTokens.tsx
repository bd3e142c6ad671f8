import { useMemo } from 'react';
import { tokenKinds } from '../../../shared/domain/kinds.js';
import { listAll } from '../list-all.js';
import type { ScreenProps } from '../screen.js';
import { loadTokenPolicy } from '../token-policy.js';
import { Loadable } from '../ui.js';
import { usageCalls } from '../usage-calls.js';
import { useLoad } from '../use-load.js';
import { scopedTokenScreen } from './ScopedTokens.js';
import { TokenScreen } from './TokenScreen.js';

/** Site settings › API access. Authorization and custom code are never offered: no site token may hold them. */
export const SiteTokens = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const siteId = params.siteId!;
  const site = useLoad(
    async () => (await client.GET('/v1/sites/{siteId}', { params: { path: { siteId } } })).data!,
    [siteId],
  );
  const config = useMemo(() => {
    const path = { params: { path: { siteId } } };
    const item = (tokenId: string) => ({ params: { path: { siteId, tokenId } } });
    return (name: string, workspaceId: string, permissions: readonly string[]) =>
      scopedTokenScreen({
        // The site-token document's place for them.
        title: 'Site settings › Apps & integrations › API access',
        createLabel: 'Generate token',
        crumbs: [
          ['Workspaces', '/'],
          [{ type: 'workspace', id: workspaceId }, `/workspaces/${workspaceId}`],
          [name, `/sites/${siteId}/tokens`],
        ],
        kind: tokenKinds.site,
        usage: usageCalls(client, 'site', siteId),
        calls: {
          policy: () => loadTokenPolicy(client, 'workspace', workspaceId),
          permissions: async () => permissions,
          list: () =>
            listAll(
              async (query) =>
                (
                  await client.GET('/v1/sites/{siteId}/tokens', {
                    params: { path: { siteId }, query },
                  })
                ).data!,
            ),
          create: async (body) =>
            (await client.POST('/v1/sites/{siteId}/tokens', { ...path, body: body as never })).data!,
          revoke: async (tokenId) =>
            void (await client.DELETE('/v1/sites/{siteId}/tokens/{tokenId}', item(tokenId))),
          regenerate: async (tokenId) =>
            (
              await client.POST('/v1/sites/{siteId}/tokens/{tokenId}/regenerate', {
                ...item(tokenId),
                body: { gracePeriodSeconds: 0 },
              })
            ).data!,
        },
      });
  }, [client, siteId]);
  return (
    <Loadable state={site.state}>
      {(data) => (
        <TokenScreen config={config(data.displayName, data.workspaceId, data.viewerPermissions ?? [])} />
      )}
    </Loadable>
  );
};
