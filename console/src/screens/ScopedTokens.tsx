import { type ReactNode, useState } from 'react';
import type { components } from '../../../client/index.js';
import { SCOPE_LEVEL_LABELS, type ScopeLevel } from '../../../shared/domain/scopes.js';
import { type FormError, formErrorOf } from '../errors.js';
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

type Token = components['schemas']['Token'];

/** What differs between site and workspace tokens: the APIs, the levels, and the calls. */
export interface ScopedTokenConfig {
  readonly title: string;
  /** The button that opens the generate form ("Generate token", "Generate API token"). */
  readonly generateLabel: string;
  readonly crumbs: readonly (readonly [label: ReactNode, to: string])[];
  readonly apis: readonly string[];
  readonly levels: readonly string[];
  readonly limit: number;
  readonly regenerable: boolean;
  list(): Promise<Token[]>;
  create(body: { name: string; scopes: Record<string, string> }): Promise<{ token: string }>;
  revoke(id: string): Promise<void>;
  regenerate(id: string): Promise<{ token: string }>;
}

const summary = (token: Token) =>
  Object.entries(token.scopes ?? {})
    .filter(([, level]) => level !== 'none')
    .map(([api, level]) => `${api}: ${SCOPE_LEVEL_LABELS[level as ScopeLevel]}`)
    .join(', ') || '—';

/** Site settings › API access, and Workspace tokens: the list, the limit, generate, revoke, regenerate. */
export const ScopedTokens = ({ config }: { config: ScopedTokenConfig }) => {
  const { state, reload } = useLoad(config.list, [config.title]);
  const [issued, setIssued] = useState<string>();
  const [pending, setPending] = useState<{ action: 'revoke' | 'regenerate'; token: Token }>();
  const [error, setError] = useState<string>();
  const [generating, setGenerating] = useState(false);

  const confirm = async () => {
    if (pending === undefined) return;
    setPending(undefined);
    try {
      if (pending.action === 'revoke') await config.revoke(pending.token.id);
      else setIssued((await config.regenerate(pending.token.id)).token);
      reload();
    } catch (failure) {
      setError(formErrorOf(failure).message);
    }
  };

  return (
    <>
      <PageHeader title={config.title} crumbs={config.crumbs} />
      {issued !== undefined && <OneTimeToken value={issued} onDone={() => setIssued(undefined)} />}
      <FormMessage message={error} />
      <Loadable state={state}>
        {(tokens) => {
          const active = tokens.filter((token) => token.status === 'active').length;
          const full = active >= config.limit;
          return (
            <>
              <p className="limit" data-testid="token-limit">
                {active} of {config.limit} tokens used
              </p>
              {tokens.length === 0 ? (
                <p className="empty">No tokens yet.</p>
              ) : (
                <DataTable
                  label="Tokens"
                  rows={tokens}
                  rowKey={(token) => token.id}
                  columns={[
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
                    { header: 'Created', cell: (token) => shortTime(token.createdAt) },
                    { header: 'Last used', cell: (token) => shortTime(token.lastUsedAt) },
                    { header: 'Expires', cell: (token) => shortTime(token.expiresAt ?? token.staleAt) },
                    { header: 'Status', cell: (token) => <TokenStatus token={token} /> },
                    {
                      header: 'Actions',
                      hiddenHeader: true,
                      className: 'row-actions',
                      cell: (token) =>
                        token.status === 'active' && (
                          <>
                            {config.regenerable && (
                              <button
                                type="button"
                                onClick={() => setPending({ action: 'regenerate', token })}
                              >
                                Regenerate
                              </button>
                            )}
                            <button
                              type="button"
                              className="danger"
                              onClick={() => setPending({ action: 'revoke', token })}
                            >
                              Revoke
                            </button>
                          </>
                        ),
                    },
                  ]}
                />
              )}
              {generating ? (
                <GenerateForm
                  config={config}
                  onCancel={() => setGenerating(false)}
                  onIssued={(value) => {
                    setGenerating(false);
                    setIssued(value);
                    reload();
                  }}
                />
              ) : (
                <>
                  <button type="button" disabled={full} onClick={() => setGenerating(true)}>
                    {config.generateLabel}
                  </button>
                  {full && <p className="muted">At the limit: revoke a token to generate another.</p>}
                </>
              )}
            </>
          );
        }}
      </Loadable>
      <ConfirmDialog
        open={pending !== undefined}
        title={pending?.action === 'revoke' ? 'Revoke token?' : 'Regenerate token?'}
        confirmLabel={pending?.action === 'revoke' ? 'Revoke' : 'Regenerate'}
        onConfirm={confirm}
        onCancel={() => setPending(undefined)}
      >
        <p>
          {pending?.action === 'revoke'
            ? `"${pending?.token.name}" stops working everywhere within 1 second. This cannot be undone.`
            : `"${pending?.token.name}" gets a new value; the current one stops working everywhere within 1 second. Using it after that revokes the token (reuse detection).`}
        </p>
      </ConfirmDialog>
    </>
  );
};

/** The generate form: a name first, then the access per API; the value is shown once afterwards. */
const GenerateForm = ({
  config,
  onCancel,
  onIssued,
}: {
  config: ScopedTokenConfig;
  onCancel: () => void;
  onIssued: (value: string) => void;
}) => {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Record<string, string>>({});
  const [error, setError] = useState<FormError>();
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setError(undefined);
        try {
          onIssued((await config.create({ name, scopes })).token);
          setName('');
          setScopes({});
        } catch (failure) {
          setError(formErrorOf(failure));
        }
      }}
    >
      <h2>{config.generateLabel}</h2>
      <Field label="Token name" error={error?.fields.name}>
        {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <fieldset>
        <legend>Access per API</legend>
        <table className="scopes">
          <tbody>
            {config.apis.map((api) => (
              <tr key={api}>
                <th scope="row">{api}</th>
                {config.levels.map((level) => (
                  <td key={level}>
                    <label>
                      <input
                        type="radio"
                        name={`scope-${api}`}
                        value={level}
                        checked={(scopes[api] ?? 'none') === level}
                        onChange={() => setScopes({ ...scopes, [api]: level })}
                      />{' '}
                      {SCOPE_LEVEL_LABELS[level as ScopeLevel]}
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
        <button type="submit">Generate</button>
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
