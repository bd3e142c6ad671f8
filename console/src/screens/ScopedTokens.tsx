import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { components } from '../../../client/index.js';
import type { TokenKindDefinition } from '../../../shared/domain/kinds.js';
import { SCOPE_LEVEL_LABELS, type ScopeCatalogue, type ScopeLevel } from '../../../shared/domain/scopes.js';
import type { TokenPolicy } from '../../../shared/domain/token-policy.js';
import { type FormError, formErrorOf } from '../errors.js';
import type { Column } from '../table.js';
import { OUTSIDE_POLICY, outsidePolicy } from '../token-policy.js';
import { type Crumb, endsAt, Field, FieldGroup } from '../ui.js';
import type { UsageCalls } from '../usage-calls.js';
import { LastUsed, When } from '../when.js';
import type { TokenBody, TokenFormProps, TokenScreenConfig } from './TokenScreen.js';
import { TokenForm } from './token-form.js';

type Token = components['schemas']['Token'];

/** The API calls of one scoped kind (site or workspace tokens). */
export interface ScopedTokenCalls {
  list(): Promise<Token[]>;
  create(body: TokenBody): Promise<{ token: string }>;
  revoke(tokenId: string): Promise<void>;
  /** For the kinds that can be regenerated (site tokens). */
  regenerate?(tokenId: string): Promise<{ token: string }>;
  /** The token policy of the workspace the tokens are under. */
  policy(): Promise<TokenPolicy>;
  /** What the caller may do on the tokens' owner (its `viewerPermissions`). */
  permissions(): Promise<readonly string[]>;
}

/** What the generate form offers: the kind's APIs and levels, within the workspace's policy. */
interface ScopeChoices {
  readonly kind: TokenKindDefinition;
  readonly catalogue: ScopeCatalogue;
  readonly policy: TokenPolicy;
}

const summary = (token: Token) =>
  Object.entries(token.scopes ?? {})
    .filter(([, level]) => level !== 'none')
    .map(([api, level]) => `${api}: ${SCOPE_LEVEL_LABELS[level as ScopeLevel]}`)
    .join(', ') || '—';

const COLUMNS: Column<Token>[] = [
  {
    header: 'Name',
    cell: (token) => (
      <SpaceBetween size="xxxs">
        {token.name}
        <code className="token-start">{token.start}…</code>
      </SpaceBetween>
    ),
  },
  { header: 'Scopes', cell: summary },
  { header: 'Created', cell: (token) => <When iso={token.createdAt} /> },
  { header: 'Last used', cell: (token) => <LastUsed token={token} /> },
  { header: 'Expires', cell: (token) => endsAt(token, token.expiresAt ?? token.staleAt) },
];

/**
 * Site settings › API access, and Workspace tokens: a name and a level per API of the kind's catalogue; the
 * token screen does the rest. Scopes change through the API only, so these tokens open in no edit form
 * (no `update`).
 */
export const scopedTokenScreen = (options: {
  readonly title: string;
  readonly section?: string;
  readonly crumbs: readonly Crumb[];
  readonly kind: TokenKindDefinition;
  readonly createLabel: string;
  readonly calls: ScopedTokenCalls;
  readonly usage: UsageCalls;
}): TokenScreenConfig<Token, ScopeChoices> => ({
  title: options.title,
  ...(options.section === undefined ? {} : { section: options.section }),
  crumbs: options.crumbs,
  kind: options.kind,
  createLabel: options.createLabel,
  load: async () => {
    const [tokens, policy, permissions] = await Promise.all([
      options.calls.list(),
      options.calls.policy(),
      options.calls.permissions(),
    ]);
    return {
      tokens,
      extras: { kind: options.kind, catalogue: options.kind.scopeCatalogue!, policy },
      permissions,
    };
  },
  columns: () => COLUMNS,
  nameOf: (token) => token.name,
  Form: ScopesForm,
  create: options.calls.create,
  end: options.calls.revoke,
  ...(options.calls.regenerate === undefined ? {} : { regenerate: options.calls.regenerate }),
  askGrace: false,
  usage: options.usage,
});

/** The generate form: a name first, then the access per API; the value is shown once afterwards. */
const ScopesForm = ({
  title,
  extras: { kind, catalogue, policy },
  onSave,
  onCancel,
}: TokenFormProps<Token, ScopeChoices>) => {
  const ruledOut = (api: string, level: ScopeLevel) =>
    outsidePolicy(policy, { kind, scopes: { [api]: level } });
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Record<string, string>>({});
  const [error, setError] = useState<FormError>();
  return (
    <TokenForm
      title={title}
      submitLabel={title}
      error={error}
      onCancel={onCancel}
      onSubmit={async () => {
        setError(undefined);
        try {
          await onSave({ name, scopes });
        } catch (failure) {
          setError(formErrorOf(failure));
        }
      }}
    >
      <Field label="Token name" error={error?.fields.name}>
        <Input value={name} onChange={({ detail }) => setName(detail.value)} />
      </Field>
      <FieldGroup label="Access per API" error={error?.fields.scopes}>
        <SpaceBetween size="s">
          {catalogue.apis.map((api) => (
            <FormField key={api} label={api} description={outsidePolicyNote(api, catalogue.levels, ruledOut)}>
              <RadioGroup
                name={`scope-${api}`}
                direction="horizontal"
                value={scopes[api] ?? 'none'}
                onChange={({ detail }) => setScopes({ ...scopes, [api]: detail.value })}
                items={catalogue.levels.map((level) => ({
                  value: level,
                  label: SCOPE_LEVEL_LABELS[level],
                  disabled: ruledOut(api, level),
                }))}
              />
            </FormField>
          ))}
        </SpaceBetween>
      </FieldGroup>
    </TokenForm>
  );
};

/** Says which levels the token policy rules out for an API, when it rules any out. */
const outsidePolicyNote = (
  api: string,
  levels: readonly ScopeLevel[],
  ruledOut: (api: string, level: ScopeLevel) => boolean,
) => {
  const out = levels.filter((level) => ruledOut(api, level)).map((level) => SCOPE_LEVEL_LABELS[level]);
  return out.length === 0 ? undefined : `${out.join(', ')}: ${OUTSIDE_POLICY.toLowerCase()}`;
};
