import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { ROLES } from '../../../shared/domain/roles.js';
import { formErrorOf } from '../errors.js';
import type { ScreenProps } from '../screen.js';
import { SimpleForm } from '../simple-form.js';
import { DataTable } from '../table.js';
import { ConfirmDialog, FormMessage, Loadable, PageHeader } from '../ui.js';
import { useLoad } from '../use-load.js';

/**
 * Where members live: the route parameter naming the resource, its members routes, and the way back. Paths
 * are route templates; the typed client fills in (and encodes) their parameters, never string concatenation.
 */
const MEMBER_SCOPES = [
  {
    param: 'workspaceId',
    type: 'workspace',
    list: '/v1/workspaces/{workspaceId}/members',
    member: '/v1/workspaces/{workspaceId}/members/{principalId}',
    back: (id: string) => `/workspaces/${id}`,
  },
  {
    param: 'siteId',
    type: 'site',
    list: '/v1/sites/{siteId}/members',
    member: '/v1/sites/{siteId}/members/{principalId}',
    back: (id: string) => `/sites/${id}/tokens`,
  },
  {
    param: 'projectId',
    type: 'project',
    list: '/v1/projects/{projectId}/members',
    member: '/v1/projects/{projectId}/members/{principalId}',
    back: (id: string) => `/projects/${id}`,
  },
] as const;

/** Members of a workspace, site or project: who holds which role; add, change or remove. */
export const Members = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const scope = MEMBER_SCOPES.find((candidate) => params[candidate.param] !== undefined)!;
  const id = params[scope.param]!;
  // One call shape for the three resources; the templates above are the client's own path keys.
  const request = async (
    method: 'GET' | 'PUT' | 'DELETE',
    path: string,
    pathParams: Record<string, string>,
    body?: unknown,
    query?: Record<string, string>,
  ) =>
    (
      await client.request(
        method.toLowerCase() as 'get',
        path as never,
        {
          params: { path: { [scope.param]: id, ...pathParams }, ...(query === undefined ? {} : { query }) },
          ...(body === undefined ? {} : { body }),
        } as never,
      )
    ).data as unknown as {
      items: { principalId: string; role: string; name?: string }[];
    };
  const { state, reload } = useLoad(() => request('GET', scope.list, {}), [scope.list, id]);
  const [removing, setRemoving] = useState<string>();
  // Off by default: a member moving to another team may leave tokens their services still use.
  const [revokeTheirTokens, setRevokeTheirTokens] = useState(false);
  const [notice, setNotice] = useState<string>();
  const { state: found } = useLoad(async () => (await client.GET('/v1/principals')).data!.items, []);
  const principals = (found.status === 'ready' ? found.data : []).map((principal) => ({
    value: principal.id,
    label: principal.name,
  }));
  const [error, setError] = useState<string>();
  // The roles members may hold here: the built-in ones and the workspace's or project's own (a site's are its
  // workspace's), as the API lists them.
  const { state: roleList } = useLoad(async () => {
    const holder =
      scope.type === 'site'
        ? {
            workspaceId: (await client.GET('/v1/sites/{siteId}', { params: { path: { siteId: id } } })).data!
              .workspaceId,
          }
        : { [scope.param]: id };
    const path =
      'workspaceId' in holder ? '/v1/workspaces/{workspaceId}/roles' : '/v1/projects/{projectId}/roles';
    const answer = await client.request('get', path as never, { params: { path: holder } } as never);
    return (answer.data as unknown as { items: { id: string; name: string; builtIn: boolean }[] }).items;
  }, [scope.type, id]);
  const roleOptions =
    roleList.status === 'ready'
      ? roleList.data.map((role) => ({
          value: role.id,
          label: role.builtIn ? role.name : `${role.name} (custom)`,
        }))
      : ROLES;
  const roleName = (role: string) =>
    roleList.status === 'ready' ? (roleList.data.find((known) => known.id === role)?.name ?? role) : role;
  return (
    <>
      <PageHeader title="Members" crumbs={[[{ type: scope.type, id }, scope.back(id)]]} />
      <FormMessage message={error} />
      {notice === undefined ? null : (
        <Alert type="success" dismissible onDismiss={() => setNotice(undefined)}>
          {notice}
        </Alert>
      )}
      <Loadable state={state}>
        {(page) => (
          <DataTable
            label="Members"
            empty="No members yet."
            rows={page.items}
            rowKey={(member) => member.principalId}
            columns={[
              { header: 'Principal', cell: (member) => member.name ?? member.principalId },
              { header: 'Role', cell: (member) => roleName(member.role) },
              {
                header: 'Actions',
                hiddenHeader: true,
                cell: (member) => (
                  <Button variant="inline-link" onClick={() => setRemoving(member.principalId)}>
                    Remove
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Loadable>
      <SimpleForm
        title="Add or change a member"
        fields={[
          {
            name: 'principalId',
            label: 'Principal',
            hint: 'Type a name or id: anyone you share a workspace, site or project with.',
            suggestions: principals,
          },
          { name: 'role', label: 'Role', options: roleOptions },
        ]}
        submitLabel="Save member"
        onSubmit={async ({ principalId, role }) => {
          await request('PUT', scope.member, { principalId: principalId ?? '' }, { role });
          reload();
        }}
      />
      <ConfirmDialog
        open={removing !== undefined}
        title="Remove member?"
        confirmLabel="Remove"
        onCancel={() => {
          setRemoving(undefined);
          setRevokeTheirTokens(false);
        }}
        onConfirm={async () => {
          const principalId = removing!;
          setRemoving(undefined);
          try {
            const answer = await request(
              'DELETE',
              scope.member,
              { principalId },
              undefined,
              revokeTheirTokens ? { revokeTokens: 'true' } : undefined,
            );
            const revoked = (answer as unknown as { revoked?: string[] } | undefined)?.revoked;
            setNotice(
              revoked === undefined
                ? undefined
                : `Member removed; ${revoked.length} token${revoked.length === 1 ? '' : 's'} they created revoked.`,
            );
            setRevokeTheirTokens(false);
            reload();
          } catch (failure) {
            setError(formErrorOf(failure).message);
          }
        }}
      >
        <SpaceBetween size="s">
          <span>They lose every permission this role gave them here.</span>
          <Checkbox
            checked={revokeTheirTokens}
            onChange={({ detail }) => setRevokeTheirTokens(detail.checked)}
          >
            Also revoke every active token they created here
            {scope.type === 'workspace' ? ' and in its sites' : ''}
          </Checkbox>
        </SpaceBetween>
      </ConfirmDialog>
    </>
  );
};
