import { useState } from 'react';
import type { components } from '../../../client/index.js';
import {
  API_TOKEN_TYPE_LABELS,
  API_TOKEN_TYPES,
  CONTENT_ACTIONS,
} from '../../../shared/domain/content-access.js';
import type { ScreenProps } from '../App.js';
import { type FormError, formErrorOf } from '../errors.js';
import { ResourceName } from '../resource-name.js';
import { DataTable } from '../table.js';
import {
  ConfirmDialog,
  Field,
  FormMessage,
  Loadable,
  OneTimeToken,
  PageHeader,
  shortTime,
  TokenStatus,
} from '../ui.js';
import { useLoad } from '../use-load.js';

type ApiToken = components['schemas']['ApiToken'];
type ContentType = components['schemas']['ContentType'];
const DURATIONS = [
  ['7', '7 days'],
  ['30', '30 days'],
  ['90', '90 days'],
  ['unlimited', 'Unlimited'],
] as const;

/** API tokens, seed 003: read-only, full access or custom per content type; 7/30/90 days or unlimited. */
export const ApiTokens = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const projectId = params.projectId!;
  const path = { params: { path: { projectId } } };
  const item = (tokenId: string) => ({ params: { path: { projectId, tokenId } } });
  const { state, reload } = useLoad(async () => {
    const [tokens, contentTypes] = await Promise.all([
      client.GET('/v1/projects/{projectId}/api-tokens', {
        params: { path: { projectId }, query: { limit: 100 } },
      }),
      client.GET('/v1/projects/{projectId}/content-types', path),
    ]);
    return { tokens: tokens.data!.items as ApiToken[], contentTypes: contentTypes.data!.items };
  }, [projectId]);
  const [issued, setIssued] = useState<string>();
  const [editing, setEditing] = useState<ApiToken | 'new'>();
  const [pending, setPending] = useState<{ action: 'delete' | 'regenerate'; token: ApiToken }>();
  const [grace, setGrace] = useState('0');
  const [error, setError] = useState<string>();

  const confirm = async () => {
    const { action, token } = pending!;
    setPending(undefined);
    try {
      if (action === 'delete')
        await client.DELETE('/v1/projects/{projectId}/api-tokens/{tokenId}', item(token.id));
      else {
        const body = { gracePeriodSeconds: Number(grace) || 0 };
        const { data } = await client.POST('/v1/projects/{projectId}/api-tokens/{tokenId}/regenerate', {
          ...item(token.id),
          body,
        });
        setIssued(data!.token);
      }
      reload();
    } catch (failure) {
      setError(formErrorOf(failure).message);
    }
  };

  return (
    <>
      <PageHeader
        title="API tokens"
        crumbs={[
          ['Projects', '/projects'],
          [<ResourceName client={client} kind="project" id={projectId} key="p" />, `/projects/${projectId}`],
        ]}
      />
      {issued !== undefined && <OneTimeToken value={issued} onDone={() => setIssued(undefined)} />}
      <FormMessage message={error} />
      <Loadable state={state}>
        {({ tokens, contentTypes }) => (
          <>
            {tokens.length === 0 ? (
              <p className="empty">No API tokens yet.</p>
            ) : (
              <DataTable
                label="API tokens"
                rows={tokens}
                rowKey={(token) => token.id}
                columns={[
                  { header: 'Name', cell: (token) => token.name },
                  { header: 'Description', cell: (token) => token.description ?? '—' },
                  { header: 'Type', cell: (token) => API_TOKEN_TYPE_LABELS[token.type] },
                  { header: 'Created', cell: (token) => shortTime(token.createdAt) },
                  { header: 'Last used', cell: (token) => shortTime(token.lastUsedAt) },
                  {
                    header: 'Expires',
                    cell: (token) => (token.expiresAt === null ? 'Unlimited' : shortTime(token.expiresAt)),
                  },
                  { header: 'Status', cell: (token) => <TokenStatus token={token} /> },
                  {
                    header: 'Actions',
                    hiddenHeader: true,
                    className: 'row-actions',
                    cell: (token) =>
                      token.status === 'active' ? (
                        <>
                          <button type="button" onClick={() => setEditing(token)}>
                            Edit
                          </button>
                          <button type="button" onClick={() => setPending({ action: 'regenerate', token })}>
                            Regenerate
                          </button>
                          <button
                            type="button"
                            className="danger"
                            onClick={() => setPending({ action: 'delete', token })}
                          >
                            Delete
                          </button>
                        </>
                      ) : null,
                  },
                ]}
              />
            )}
            {editing === undefined ? (
              <button type="button" onClick={() => setEditing('new')}>
                Create new API token
              </button>
            ) : (
              <ApiTokenForm
                key={editing === 'new' ? 'new' : editing.id}
                token={editing === 'new' ? undefined : editing}
                contentTypes={contentTypes}
                onCancel={() => setEditing(undefined)}
                onSave={async (body) => {
                  if (editing === 'new') {
                    const { data } = await client.POST('/v1/projects/{projectId}/api-tokens', {
                      ...path,
                      body: body as never,
                    });
                    setIssued(data!.token);
                  } else {
                    await client.PATCH('/v1/projects/{projectId}/api-tokens/{tokenId}', {
                      ...item(editing.id),
                      body: body as never,
                    });
                  }
                  setEditing(undefined);
                  reload();
                }}
              />
            )}
          </>
        )}
      </Loadable>
      <ConfirmDialog
        open={pending !== undefined}
        title={pending?.action === 'delete' ? 'Delete API token?' : 'Regenerate API token?'}
        confirmLabel={pending?.action === 'delete' ? 'Delete' : 'Regenerate'}
        onCancel={() => setPending(undefined)}
        onConfirm={confirm}
      >
        {pending?.action === 'delete' ? (
          <p>
            "{pending.token.name}" is deleted and stops working everywhere within 1 second. The audit log
            keeps a record of it.
          </p>
        ) : (
          <Field label="Keep the old value working for (seconds)" hint="0 ends it now; up to 86400.">
            {(props) => (
              <input
                {...props}
                type="number"
                min={0}
                max={86400}
                value={grace}
                onChange={(e) => setGrace(e.target.value)}
              />
            )}
          </Field>
        )}
      </ConfirmDialog>
    </>
  );
};

const ApiTokenForm = ({
  token,
  contentTypes,
  onSave,
  onCancel,
}: {
  token: ApiToken | undefined;
  contentTypes: ContentType[];
  onSave: (body: Record<string, unknown>) => Promise<void>;
  onCancel: () => void;
}) => {
  const [name, setName] = useState(token?.name ?? '');
  const [description, setDescription] = useState(token?.description ?? '');
  const [duration, setDuration] = useState(
    token === undefined ? '30' : String(token.lifespan ?? 'unlimited'),
  );
  const [type, setType] = useState<string>(token?.type ?? 'read-only');
  const [permissions, setPermissions] = useState<Record<string, string[]>>(token?.permissions ?? {});
  const [error, setError] = useState<FormError>();
  const toggle = (contentType: string, action: string, on: boolean) => {
    const current = new Set(permissions[contentType] ?? []);
    if (on) current.add(action);
    else current.delete(action);
    setPermissions({ ...permissions, [contentType]: [...current] });
  };
  return (
    <form
      className="panel"
      aria-label={token === undefined ? 'New API token' : `Edit ${token.name}`}
      onSubmit={async (event) => {
        event.preventDefault();
        setError(undefined);
        try {
          await onSave({
            name,
            // Emptying the field clears a description the token had.
            ...(description !== '' ? { description } : token?.description ? { description: null } : {}),
            type,
            ...(token === undefined || String(token.lifespan ?? 'unlimited') !== duration
              ? { lifespan: duration === 'unlimited' ? null : Number(duration) }
              : {}),
            ...(type === 'custom' ? { permissions } : {}),
          });
        } catch (failure) {
          setError(formErrorOf(failure));
        }
      }}
    >
      <h2>{token === undefined ? 'Create new API token' : `Edit ${token.name}`}</h2>
      <Field label="Name" error={error?.fields.name}>
        {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label="Description" error={error?.fields.description}>
        {(props) => <input {...props} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <Field
        label="Token duration"
        error={error?.fields.lifespan}
        {...(token === undefined ? {} : { hint: 'A new duration counts from now.' })}
      >
        {(props) => (
          <select {...props} value={duration} onChange={(e) => setDuration(e.target.value)}>
            {DURATIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Token type" error={error?.fields.type}>
        {(props) => (
          <select {...props} value={type} onChange={(e) => setType(e.target.value)}>
            {API_TOKEN_TYPES.map((option) => (
              <option key={option} value={option}>
                {API_TOKEN_TYPE_LABELS[option]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {type === 'custom' && (
        <fieldset>
          <legend>Permissions</legend>
          {contentTypes.length === 0 ? (
            <p className="empty">Add a content type to the project first.</p>
          ) : (
            <table className="permissions">
              <thead>
                <tr>
                  <th scope="col">Content type</th>
                  {CONTENT_ACTIONS.map((action) => (
                    <th scope="col" key={action}>
                      {action}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {contentTypes.map((contentType) => (
                  <tr key={contentType.name}>
                    <th scope="row">{contentType.name}</th>
                    {CONTENT_ACTIONS.map((action) => (
                      <td key={action}>
                        <input
                          type="checkbox"
                          aria-label={`${contentType.name} ${action}`}
                          checked={permissions[contentType.name]?.includes(action) ?? false}
                          onChange={(e) => toggle(contentType.name, action, e.target.checked)}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {error?.fields.permissions !== undefined && (
            <p className="field-error" role="alert">
              {error.fields.permissions}
            </p>
          )}
        </fieldset>
      )}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit">{token === undefined ? 'Save' : 'Save changes'}</button>
      </div>
      {error !== undefined && Object.keys(error.fields).length === 0 && (
        <FormMessage message={error.message} />
      )}
    </form>
  );
};
