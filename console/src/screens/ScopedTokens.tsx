import { type ReactNode, useState } from 'react';
import type { components } from '../../../client/index.js';
import type { TokenKindDefinition } from '../../../shared/domain/kinds.js';
import { SCOPE_LEVEL_LABELS, type ScopeCatalogue, type ScopeLevel } from '../../../shared/domain/scopes.js';
import type { TokenPolicy } from '../../../shared/domain/token-policy.js';
import { type FormError, formErrorOf } from '../errors.js';
import type { Column } from '../table.js';
import { OUTSIDE_POLICY, outsidePolicy } from '../token-policy.js';
import { endsAt, Field, FormMessage } from '../ui.js';
import type { UsageCalls } from '../usage-calls.js';
import { When } from '../when.js';
import type { TokenBody, TokenFormProps, TokenScreenConfig } from './TokenScreen.js';

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
      <>
        {token.name}
        <br />
        <code className="muted">{token.start}…</code>
      </>
    ),
  },
  { header: 'Scopes', cell: summary },
  { header: 'Created', cell: (token) => <When iso={token.createdAt} /> },
  { header: 'Last used', cell: (token) => <When iso={token.lastUsedAt} /> },
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
  readonly crumbs: readonly (readonly [label: ReactNode, to: string])[];
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
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setError(undefined);
        try {
          await onSave({ name, scopes });
        } catch (failure) {
          setError(formErrorOf(failure));
        }
      }}
    >
      <h2>{title}</h2>
      <Field label="Token name" error={error?.fields.name}>
        {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <fieldset>
        <legend>Access per API</legend>
        <table className="scopes">
          <tbody>
            {catalogue.apis.map((api) => (
              <tr key={api}>
                <th scope="row">{api}</th>
                {catalogue.levels.map((level) => (
                  <td key={level}>
                    <label {...(ruledOut(api, level) ? { title: OUTSIDE_POLICY } : {})}>
                      <input
                        type="radio"
                        name={`scope-${api}`}
                        value={level}
                        checked={(scopes[api] ?? 'none') === level}
                        disabled={ruledOut(api, level)}
                        onChange={() => setScopes({ ...scopes, [api]: level })}
                      />{' '}
                      {SCOPE_LEVEL_LABELS[level]}
                    </label>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {error?.fields.scopes !== undefined && (
          <p className="field-error" role="alert">
            {error.fields.scopes}
          </p>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit">{title}</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error !== undefined && Object.keys(error.fields).length === 0 && (
        <FormMessage message={error.message} />
      )}
    </form>
  );
};
