import Checkbox from '@cloudscape-design/components/checkbox';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useMemo, useState } from 'react';
import type { components } from '../../../client/index.js';
import { tokenKinds } from '../../../shared/domain/kinds.js';
import type { TokenPolicy } from '../../../shared/domain/token-policy.js';
import { type FormError, formErrorOf } from '../errors.js';
import { headersFromLines } from '../header-lines.js';
import { listAll } from '../list-all.js';
import type { ScreenProps } from '../screen.js';
import { loadTokenPolicy, outsidePolicy } from '../token-policy.js';
import { Field } from '../ui.js';
import { usageCalls } from '../usage-calls.js';
import { LastUsed } from '../when.js';
import { type TokenFormProps, TokenScreen, type TokenScreenConfig } from './TokenScreen.js';
import { TokenForm } from './token-form.js';

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

const environmentName = (environments: readonly Environment[], token: ProjectToken): string =>
  environments.find((environment) => environment.id === token.environment)?.name ??
  token.environment ??
  'none';

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
        [{ type: 'project', id: projectId }, `/projects/${projectId}`],
      ],
      kind: tokenKinds.delivery,
      createLabel: 'New project token',
      load: async () => {
        const [tokens, environments, policy, project] = await Promise.all([
          listAll(
            async (query) =>
              (
                await client.GET('/v1/projects/{projectId}/tokens', {
                  params: { path: { projectId }, query },
                })
              ).data!,
          ),
          client.GET('/v1/projects/{projectId}/environments', path),
          loadTokenPolicy(client, 'project', projectId),
          client.GET('/v1/projects/{projectId}', path),
        ]);
        return {
          tokens: tokens as ProjectToken[],
          extras: { environments: environments.data!.items, policy },
          permissions: project.data!.viewerPermissions ?? [],
        };
      },
      // Each environment has its tokens: "Environment = production" lists one environment's.
      facets: ({ environments }) => [
        {
          key: 'environment',
          label: 'Environment',
          pluralLabel: 'Environments',
          valueOf: (token) => environmentName(environments, token),
        },
      ],
      columns: ({ environments }) => [
        { header: 'Title', cell: (token) => token.title },
        {
          header: 'Environment',
          cell: (token) => environmentName(environments, token),
        },
        { header: 'Restrictions', cell: restrictionsSummary },
        { header: 'Last used', cell: (token) => <LastUsed token={token} /> },
      ],
      nameOf: (token) => token.title,
      rowLinks: (token) => <Link href={`#/projects/${projectId}/tokens/${token.id}/logs`}>Logs</Link>,
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

  const environmentChoices = environments.map((env) => ({ value: env.id, label: env.name }));
  return (
    <TokenForm
      title={heading}
      submitLabel={token === undefined ? 'Create token' : 'Save'}
      error={error}
      onCancel={onCancel}
      onSubmit={async () => {
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
      <Field label="Title" error={error?.fields.title}>
        <Input value={title} onChange={({ detail }) => setTitle(detail.value)} />
      </Field>
      <Field label="Description" hint="Description for your token" error={error?.fields.description}>
        <Input value={description} onChange={({ detail }) => setDescription(detail.value)} />
      </Field>
      <Field
        label="Environment"
        hint="Each token belongs to one environment"
        error={error?.fields.environment}
      >
        <Select
          selectedOption={environmentChoices.find((option) => option.value === environment) ?? null}
          options={environmentChoices}
          onChange={({ detail }) => setEnvironment(detail.selectedOption.value ?? environment)}
        />
      </Field>
      <Checkbox checked={disabled} onChange={({ detail }) => setDisabled(detail.checked)}>
        Disabled
      </Checkbox>
      <ExpandableSection headerText="Restrictions" variant="container" defaultExpanded>
        <SpaceBetween size="m">
          <Checkbox
            checked={ipEnabled}
            disabled={ipRequired && ipEnabled}
            onChange={({ detail }) => setIpEnabled(detail.checked)}
          >
            Only from these IP addresses{ipRequired ? ` (${OUTSIDE_POLICY_REQUIRES})` : ''}
          </Checkbox>
          <Field label="IP addresses and CIDR ranges, one per line" error={error?.fields.ipValues}>
            <Textarea rows={3} value={ips} onChange={({ detail }) => setIps(detail.value)} />
          </Field>
          <Checkbox checked={secretEnabled} onChange={({ detail }) => setSecretEnabled(detail.checked)}>
            Require a secret key (header <code>x-token-secret</code>)
          </Checkbox>
          <Field
            label={
              token?.secretKeyEnabled ? 'New secret key (leave empty to keep the current one)' : 'Secret key'
            }
            {...(policy.minSecretKeyLength === undefined
              ? {}
              : { hint: `At least ${policy.minSecretKeyLength} characters (token policy)` })}
            error={error?.fields.secretKey}
          >
            <Input
              type="password"
              autoComplete={false}
              value={secretKey}
              onChange={({ detail }) => setSecretKey(detail.value)}
            />
          </Field>
          <Field label="Required headers, one per line as name: value" error={error?.fields.requiredHeaders}>
            <Textarea rows={2} value={headers} onChange={({ detail }) => setHeaders(detail.value)} />
          </Field>
        </SpaceBetween>
      </ExpandableSection>
    </TokenForm>
  );
};

/** Why the IP restriction cannot be switched off. */
const OUTSIDE_POLICY_REQUIRES = 'required by the token policy';
