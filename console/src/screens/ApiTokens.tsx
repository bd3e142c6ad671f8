import { useMemo, useState } from 'react';
import type { components } from '../../../client/index.js';
import {
  API_TOKEN_LIFESPANS,
  API_TOKEN_TYPE_LABELS,
  API_TOKEN_TYPES,
  CONTENT_ACTIONS,
} from '../../../shared/domain/content-access.js';
import { tokenKinds } from '../../../shared/domain/kinds.js';
import type { TokenPolicy } from '../../../shared/domain/token-policy.js';
import { type FormError, formErrorOf } from '../errors.js';
import { ResourceName } from '../resource-name.js';
import type { ScreenProps } from '../screen.js';
import { loadTokenPolicy, OUTSIDE_POLICY, outsidePolicy } from '../token-policy.js';
import { endsAt, Field, FormMessage } from '../ui.js';
import { usageCalls } from '../usage-calls.js';
import { When } from '../when.js';
import { type TokenFormProps, TokenScreen, type TokenScreenConfig } from './TokenScreen.js';

type ApiToken = components['schemas']['ApiToken'];
type ContentType = components['schemas']['ContentType'];
/** What the form offers beyond the token: the project's content types, within its token policy. */
interface ApiTokenChoices {
  readonly contentTypes: readonly ContentType[];
  readonly policy: TokenPolicy;
}
/** The lifespans an API token may have (the domain's), as the form's choices. */
const DURATIONS = API_TOKEN_LIFESPANS.map((days) =>
  days === null ? (['unlimited', 'Unlimited'] as const) : ([String(days), `${days} days`] as const),
);

/** API tokens, seed 003: read-only, full access or custom per content type; 7/30/90 days or unlimited. */
export const ApiTokens = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const projectId = params.projectId!;
  const config = useMemo((): TokenScreenConfig<ApiToken, ApiTokenChoices> => {
    const path = { params: { path: { projectId } } };
    const item = (tokenId: string) => ({ params: { path: { projectId, tokenId } } });
    return {
      // The API-token document's place and wording for them.
      title: 'Settings › Global settings › API Tokens',
      crumbs: [
        ['Projects', '/projects'],
        [<ResourceName client={client} type="project" id={projectId} key="p" />, `/projects/${projectId}`],
      ],
      kind: tokenKinds.api,
      createLabel: 'Create new API Token',
      load: async () => {
        const [tokens, contentTypes, policy, project] = await Promise.all([
          client.GET('/v1/projects/{projectId}/api-tokens', {
            params: { path: { projectId }, query: { limit: 100 } },
          }),
          client.GET('/v1/projects/{projectId}/content-types', path),
          loadTokenPolicy(client, 'project', projectId),
          client.GET('/v1/projects/{projectId}', path),
        ]);
        return {
          tokens: tokens.data!.items as ApiToken[],
          extras: { contentTypes: contentTypes.data!.items, policy },
          permissions: project.data!.viewerPermissions ?? [],
        };
      },
      columns: () => [
        { header: 'Name', cell: (token) => token.name },
        { header: 'Description', cell: (token) => token.description ?? '—' },
        { header: 'Type', cell: (token) => API_TOKEN_TYPE_LABELS[token.type] },
        { header: 'Created', cell: (token) => <When iso={token.createdAt} /> },
        { header: 'Last used', cell: (token) => <When iso={token.lastUsedAt} /> },
        {
          header: 'Expires',
          cell: (token) =>
            token.status !== 'active'
              ? '—'
              : token.expiresAt === null
                ? 'Unlimited'
                : endsAt(token, token.expiresAt),
        },
      ],
      nameOf: (token) => token.name,
      Form: ApiTokenForm,
      create: async (body) =>
        (await client.POST('/v1/projects/{projectId}/api-tokens', { ...path, body: body as never })).data!,
      update: async (tokenId, body) =>
        void (await client.PATCH('/v1/projects/{projectId}/api-tokens/{tokenId}', {
          ...item(tokenId),
          body: body as never,
        })),
      end: async (tokenId) =>
        void (await client.DELETE('/v1/projects/{projectId}/api-tokens/{tokenId}', item(tokenId))),
      regenerate: async (tokenId, gracePeriodSeconds) =>
        (
          await client.POST('/v1/projects/{projectId}/api-tokens/{tokenId}/regenerate', {
            ...item(tokenId),
            body: { gracePeriodSeconds },
          })
        ).data!,
      usage: usageCalls(client, 'project', projectId),
      askGrace: true,
      regenerateIn: 'edit-view',
    };
  }, [client, projectId]);
  return <TokenScreen config={config} />;
};

const ApiTokenForm = ({
  title,
  token,
  extras: { contentTypes, policy },
  onSave,
  onCancel,
  onRegenerate,
}: TokenFormProps<ApiToken, ApiTokenChoices>) => {
  const lifespanRuledOut = (value: string) =>
    outsidePolicy(policy, {
      kind: tokenKinds.api,
      lifetimeDays: value === 'unlimited' ? null : Number(value),
    });
  const typeRuledOut = (value: (typeof API_TOKEN_TYPES)[number]) =>
    outsidePolicy(policy, { kind: tokenKinds.api, apiAccess: { type: value } });
  const [name, setName] = useState(token?.name ?? '');
  const [description, setDescription] = useState(token?.description ?? '');
  const allowedDurations = DURATIONS.map(([value]) => value).filter((value) => !lifespanRuledOut(value));
  const [duration, setDuration] = useState(
    token === undefined
      ? allowedDurations.includes('30')
        ? '30'
        : (allowedDurations[0] ?? '30')
      : String(token.lifespan ?? 'unlimited'),
  );
  const [type, setType] = useState<string>(
    token?.type ?? API_TOKEN_TYPES.find((option) => !typeRuledOut(option)) ?? 'read-only',
  );
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
      <h2>{title}</h2>
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
              <option key={value} value={value} disabled={lifespanRuledOut(value)}>
                {lifespanRuledOut(value) ? `${label} (${OUTSIDE_POLICY.toLowerCase()})` : label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Token type" error={error?.fields.type}>
        {(props) => (
          <select {...props} value={type} onChange={(e) => setType(e.target.value)}>
            {API_TOKEN_TYPES.map((option) => (
              <option key={option} value={option} disabled={typeRuledOut(option)}>
                {typeRuledOut(option)
                  ? `${API_TOKEN_TYPE_LABELS[option]} (${OUTSIDE_POLICY.toLowerCase()})`
                  : API_TOKEN_TYPE_LABELS[option]}
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
        {onRegenerate !== undefined && (
          <button type="button" onClick={onRegenerate}>
            Regenerate
          </button>
        )}
      </div>
      {error !== undefined && Object.keys(error.fields).length === 0 && (
        <FormMessage message={error.message} />
      )}
    </form>
  );
};
