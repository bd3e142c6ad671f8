import { useMemo, useState } from 'react';
import type { components } from '../../../client/index.js';
import { tokenKinds } from '../../../shared/domain/kinds.js';
import type { TokenPolicy } from '../../../shared/domain/token-policy.js';
import { type FormError, formErrorOf } from '../errors.js';
import { headersFromLines } from '../header-lines.js';
import { ResourceName } from '../resource-name.js';
import { Link } from '../router.js';
import type { ScreenProps } from '../screen.js';
import { loadTokenPolicy, OUTSIDE_POLICY, outsidePolicy } from '../token-policy.js';
import { Field, FormMessage } from '../ui.js';
import { usageCalls } from '../usage-calls.js';
import { When } from '../when.js';
import { type TokenFormProps, TokenScreen, type TokenScreenConfig } from './TokenScreen.js';

type ProjectToken = components['schemas']['ProjectToken'];
type Environment = components['schemas']['Environment'];
/** What the form offers beyond the token: the project's environments, within its token policy. */
interface ProjectTokenChoices {
  readonly environments: readonly Environment[];
  readonly policy: TokenPolicy;
}

const restrictionsSummary = (token: ProjectToken): string =>
  [
    token.ipRestrictionsEnabled && `IP ×${token.ipValues.length}`,
    token.secretKeyEnabled && 'secret key',
    Object.keys(token.requiredHeaders).length > 0 && 'headers',
    token.disabled && 'disabled',
  ]
    .filter(Boolean)
    .join(', ') || '—';

/** Project (delivery) tokens, seed 002: title, environment, disabled flag, IP, header and secret restrictions, logs. */
export const ProjectTokens = ({ session, params }: ScreenProps) => {
  const { client } = session;
  const projectId = params.projectId!;
  const config = useMemo((): TokenScreenConfig<ProjectToken, ProjectTokenChoices> => {
    const path = { params: { path: { projectId } } };
    const item = (tokenId: string) => ({ params: { path: { projectId, tokenId } } });
    return {
      title: 'Project tokens',
      crumbs: [
        ['Projects', '/projects'],
        [<ResourceName client={client} type="project" id={projectId} key="p" />, `/projects/${projectId}`],
      ],
      kind: tokenKinds.delivery,
      createLabel: 'New project token',
      load: async () => {
        const [tokens, environments, policy, project] = await Promise.all([
          client.GET('/v1/projects/{projectId}/tokens', {
            params: { path: { projectId }, query: { limit: 100 } },
          }),
          client.GET('/v1/projects/{projectId}/environments', path),
          loadTokenPolicy(client, 'project', projectId),
          client.GET('/v1/projects/{projectId}', path),
        ]);
        return {
          tokens: tokens.data!.items as ProjectToken[],
          extras: { environments: environments.data!.items, policy },
          permissions: project.data!.viewerPermissions ?? [],
        };
      },
      columns: ({ environments }) => [
        { header: 'Title', cell: (token) => token.title },
        {
          header: 'Environment',
          cell: (token) => environments.find((e) => e.id === token.environment)?.name ?? token.environment,
        },
        { header: 'Restrictions', cell: restrictionsSummary },
        { header: 'Last used', cell: (token) => <When iso={token.lastUsedAt} /> },
      ],
      nameOf: (token) => token.title,
      rowLinks: (token) => <Link to={`/projects/${projectId}/tokens/${token.id}/logs`}>Logs</Link>,
      Form: DeliveryTokenForm,
      create: async (body) =>
        (await client.POST('/v1/projects/{projectId}/tokens', { ...path, body: body as never })).data!,
      update: async (tokenId, body) =>
        void (await client.PATCH('/v1/projects/{projectId}/tokens/{tokenId}', {
          ...item(tokenId),
          body: body as never,
        })),
      end: async (tokenId) =>
        void (await client.DELETE('/v1/projects/{projectId}/tokens/{tokenId}', item(tokenId))),
      usage: usageCalls(client, 'project', projectId),
      askGrace: false,
    };
  }, [client, projectId]);
  return <TokenScreen config={config} />;
};

/** Create or edit a project token, restrictions included; errors appear beside their fields. */
const DeliveryTokenForm = ({
  title: heading,
  token,
  extras: { environments, policy },
  onSave,
  onCancel,
}: TokenFormProps<ProjectToken, ProjectTokenChoices>) => {
  const ipRequired = outsidePolicy(policy, { kind: tokenKinds.delivery, ipRestrictionsEnabled: false });
  const [title, setTitle] = useState(token?.title ?? '');
  const [description, setDescription] = useState(token?.description ?? '');
  const [environment, setEnvironment] = useState(token?.environment ?? environments[0]?.id ?? '');
  const [disabled, setDisabled] = useState(token?.disabled ?? false);
  const [ipEnabled, setIpEnabled] = useState(token?.ipRestrictionsEnabled ?? ipRequired);
  const [ips, setIps] = useState((token?.ipValues ?? []).join('\n'));
  const [secretEnabled, setSecretEnabled] = useState(token?.secretKeyEnabled ?? false);
  const [secretKey, setSecretKey] = useState('');
  const [headers, setHeaders] = useState(
    Object.entries(token?.requiredHeaders ?? {})
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n'),
  );
  const [error, setError] = useState<FormError>();
  const lines = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);

  return (
    <form
      className="panel"
      aria-label={token === undefined ? 'New project token' : `Edit ${token.title}`}
      onSubmit={async (event) => {
        event.preventDefault();
        setError(undefined);
        try {
          await onSave({
            title,
            description,
            environment,
            disabled,
            ipRestrictionsEnabled: ipEnabled,
            ipValues: lines(ips),
            secretKeyEnabled: secretEnabled,
            ...(secretKey === '' ? {} : { secretKey }),
            requiredHeaders: headersFromLines(lines(headers)),
          });
        } catch (failure) {
          setError(formErrorOf(failure));
        }
      }}
    >
      <h2>{heading}</h2>
      <Field label="Title" error={error?.fields.title}>
        {(props) => <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label="Description" error={error?.fields.description}>
        {(props) => <input {...props} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <Field label="Environment" error={error?.fields.environment}>
        {(props) => (
          <select {...props} value={environment} onChange={(e) => setEnvironment(e.target.value)}>
            {environments.map((env) => (
              <option key={env.id} value={env.id}>
                {env.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="check">
        <input type="checkbox" checked={disabled} onChange={(e) => setDisabled(e.target.checked)} /> Disabled
      </label>
      <fieldset>
        <legend>Restrictions</legend>
        <label className="check" {...(ipRequired ? { title: OUTSIDE_POLICY } : {})}>
          <input
            type="checkbox"
            checked={ipEnabled}
            disabled={ipRequired && ipEnabled}
            onChange={(e) => setIpEnabled(e.target.checked)}
          />{' '}
          Only from these IP addresses{ipRequired ? ' (required by the token policy)' : ''}
        </label>
        <Field label="IP addresses and CIDR ranges, one per line" error={error?.fields.ipValues}>
          {(props) => <textarea {...props} rows={3} value={ips} onChange={(e) => setIps(e.target.value)} />}
        </Field>
        <label className="check">
          <input
            type="checkbox"
            checked={secretEnabled}
            onChange={(e) => setSecretEnabled(e.target.checked)}
          />{' '}
          Require a secret key (header <code>x-token-secret</code>)
        </label>
        <Field
          label={
            token?.secretKeyEnabled ? 'New secret key (leave empty to keep the current one)' : 'Secret key'
          }
          error={error?.fields.secretKey}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              {...(policy.minSecretKeyLength === undefined ? {} : { minLength: policy.minSecretKeyLength })}
              value={secretKey}
              onChange={(e) => setSecretKey(e.target.value)}
            />
          )}
        </Field>
        <Field label="Required headers, one per line as name: value" error={error?.fields.requiredHeaders}>
          {(props) => (
            <textarea {...props} rows={2} value={headers} onChange={(e) => setHeaders(e.target.value)} />
          )}
        </Field>
      </fieldset>
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit">{token === undefined ? 'Create token' : 'Save'}</button>
      </div>
      {error !== undefined && Object.keys(error.fields).length === 0 && (
        <FormMessage message={error.message} />
      )}
    </form>
  );
};
