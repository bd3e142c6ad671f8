import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import Table from '@cloudscape-design/components/table';
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
import { listAll } from '../list-all.js';
import type { ScreenProps } from '../screen.js';
import { loadTokenPolicy, OUTSIDE_POLICY, outsidePolicy } from '../token-policy.js';
import { endsAt, Field, FieldGroup } from '../ui.js';
import { usageCalls } from '../usage-calls.js';
import { LastUsed, When } from '../when.js';
import { type TokenFormProps, TokenScreen, type TokenScreenConfig } from './TokenScreen.js';
import { TokenForm } from './token-form.js';

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
        [{ type: 'project', id: projectId }, `/projects/${projectId}`],
      ],
      kind: tokenKinds.api,
      createLabel: 'Create new API Token',
      load: async () => {
        const [tokens, contentTypes, policy, project] = await Promise.all([
          listAll(
            async (query) =>
              (
                await client.GET('/v1/projects/{projectId}/api-tokens', {
                  params: { path: { projectId }, query },
                })
              ).data!,
          ),
          client.GET('/v1/projects/{projectId}/content-types', path),
          loadTokenPolicy(client, 'project', projectId),
          client.GET('/v1/projects/{projectId}', path),
        ]);
        return {
          tokens: tokens as ApiToken[],
          extras: { contentTypes: contentTypes.data!.items, policy },
          permissions: project.data!.viewerPermissions ?? [],
        };
      },
      columns: () => [
        { header: 'Name', cell: (token) => token.name },
        { header: 'Description', cell: (token) => token.description ?? '—' },
        { header: 'Type', cell: (token) => API_TOKEN_TYPE_LABELS[token.type] },
        { header: 'Created', cell: (token) => <When iso={token.createdAt} /> },
        { header: 'Last used', cell: (token) => <LastUsed token={token} /> },
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
  const durations = DURATIONS.map(([value, label]) => choice(value, label, lifespanRuledOut(value)));
  const types = API_TOKEN_TYPES.map((option) =>
    choice(option, API_TOKEN_TYPE_LABELS[option], typeRuledOut(option)),
  );
  return (
    <TokenForm
      title={title}
      submitLabel={token === undefined ? 'Save' : 'Save changes'}
      error={error}
      onCancel={onCancel}
      {...(onRegenerate === undefined
        ? {}
        : {
            extraActions: (
              <Button formAction="none" onClick={onRegenerate}>
                Regenerate
              </Button>
            ),
          })}
      onSubmit={async () => {
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
      <Field label="Name" error={error?.fields.name}>
        <Input value={name} onChange={({ detail }) => setName(detail.value)} />
      </Field>
      <Field label="Description" error={error?.fields.description}>
        <Input value={description} onChange={({ detail }) => setDescription(detail.value)} />
      </Field>
      <Field
        label="Token duration"
        error={error?.fields.lifespan}
        {...(token === undefined ? {} : { hint: 'A new duration counts from now.' })}
      >
        <Select
          selectedOption={durations.find((option) => option.value === duration) ?? null}
          options={durations}
          onChange={({ detail }) => setDuration(detail.selectedOption.value ?? duration)}
        />
      </Field>
      <Field label="Token type" error={error?.fields.type}>
        <Select
          selectedOption={types.find((option) => option.value === type) ?? null}
          options={types}
          onChange={({ detail }) => setType(detail.selectedOption.value ?? type)}
        />
      </Field>
      {type === 'custom' && (
        <FieldGroup label="Permissions" error={error?.fields.permissions}>
          <Table
            variant="embedded"
            items={contentTypes}
            trackBy="name"
            ariaLabels={{ tableLabel: 'Permissions per content type' }}
            empty="Add a content type to the project first."
            columnDefinitions={[
              {
                id: 'type',
                header: 'Content type',
                cell: (contentType) => contentType.name,
                isRowHeader: true,
              },
              ...CONTENT_ACTIONS.map((action) => ({
                id: action,
                header: action,
                cell: (contentType: ContentType) => (
                  <Checkbox
                    ariaLabel={`${contentType.name} ${action}`}
                    checked={permissions[contentType.name]?.includes(action) ?? false}
                    onChange={({ detail }) => toggle(contentType.name, action, detail.checked)}
                  />
                ),
              })),
            ]}
          />
        </FieldGroup>
      )}
    </TokenForm>
  );
};

/** A choice of a Select, which the token policy may rule out: offered, and said why it cannot be chosen. */
const choice = (value: string, label: string, ruledOut: boolean) => ({
  value,
  label,
  disabled: ruledOut,
  ...(ruledOut ? { disabledReason: OUTSIDE_POLICY, description: OUTSIDE_POLICY.toLowerCase() } : {}),
});
