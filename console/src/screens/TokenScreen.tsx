import { type ComponentType, type ReactNode, useState } from 'react';
import type { TokenKindDefinition } from '../../../shared/domain/kinds.js';
import { type TokenAction, tokenPermission } from '../../../shared/domain/roles.js';
import { formErrorOf } from '../errors.js';
import { type Column, DataTable } from '../table.js';
import { type FilterableToken, filterTokens, NO_FILTER, type TokenFilter } from '../token-filter.js';
import { TokenFilters } from '../token-filters.js';
import {
  ConfirmDialog,
  FormMessage,
  Loadable,
  OneTimeToken,
  PageHeader,
  type TokenHistory,
  TokenStatus,
} from '../ui.js';
import { UsagePanel } from '../usage.js';
import type { UsageCalls } from '../usage-calls.js';
import { useLoad } from '../use-load.js';
import { useBulkEnd } from './bulk-end.js';
import { TokenConfirmation } from './token-confirmation.js';

/** What every listed token has, whatever its kind: an id, and its status with its history. */
export interface ListedToken extends TokenHistory, FilterableToken {
  readonly id: string;
  /** Allowed verifications left, for tokens with credits. */
  readonly credits?: { readonly remaining: number } | null;
}

export type TokenBody = Record<string, unknown>;

/** A kind's own fields: a form that creates a token (`token` absent) or edits one. Field errors stay beside their fields. */
export interface TokenFormProps<T, X> {
  /** The create label for a new token, "Edit <name>" for an existing one. */
  readonly title: string;
  readonly token?: T;
  readonly extras: X;
  /** Rejects with the API's error, which the form shows. */
  onSave(body: TokenBody): Promise<void>;
  onCancel(): void;
  /** Present when the token is regenerated from its edit view (API tokens) and the caller may: asks to confirm. */
  onRegenerate?(): void;
}

/**
 * One token screen for every kind: the list, the kind's limit, create, edit, regenerate, revoke or delete,
 * and the value shown once. What differs is data — the kind's facts from the kinds table, the columns, the
 * kind's form and its API calls — so the kinds cannot drift apart in behaviour.
 */
export interface TokenScreenConfig<T extends ListedToken, X> {
  readonly title: string;
  /** The section the tokens are in, where the seed names one ("Workspace API access"). */
  readonly section?: string;
  readonly crumbs: readonly (readonly [label: ReactNode, to: string])[];
  /** Limit, regenerability and what DELETE does, from shared/domain/kinds.ts. */
  readonly kind: Pick<
    TokenKindDefinition,
    'label' | 'maxPerOwner' | 'limitPer' | 'regenerable' | 'onDelete' | 'permissionNamespace'
  >;
  /** The button that opens the create form ("Generate token", "Create new API token", …). */
  readonly createLabel: string;
  /**
   * The tokens, what the kind's form needs, and what the caller may do on their owner (the owner's
   * `viewerPermissions`): the screen offers only those actions.
   */
  load(): Promise<{
    readonly tokens: readonly T[];
    readonly extras: X;
    readonly permissions: readonly string[];
  }>;
  columns(extras: X): Column<T>[];
  nameOf(token: T): string;
  /** Links before a row's actions, shown whatever its status (a project token's request logs). */
  rowLinks?(token: T): ReactNode;
  readonly Form: ComponentType<TokenFormProps<T, X>>;
  create(body: TokenBody): Promise<{ readonly token: string }>;
  /** Present for kinds whose tokens open in the form to be changed (site and workspace tokens do not). */
  update?(tokenId: string, body: TokenBody): Promise<void>;
  end(tokenId: string): Promise<void>;
  /** Present for the kinds the kinds table makes regenerable. */
  regenerate?(tokenId: string, gracePeriodSeconds: number): Promise<{ readonly token: string }>;
  /** Ask how long the old value keeps working when regenerating; otherwise it ends at once. */
  readonly askGrace: boolean;
  /** Where Regenerate is offered: on the token's row, or inside its edit view (the API-token document). @default 'row' */
  readonly regenerateIn?: 'row' | 'edit-view';
  /** Verification counts of the owner's tokens, and of each one. */
  readonly usage: UsageCalls;
}

const CREDITS_COLUMN: Column<ListedToken> = {
  header: 'Credits',
  cell: (token) => (token.credits == null ? '—' : token.credits.remaining.toLocaleString('en')),
};

type Pending<T> = { readonly action: 'end' | 'regenerate'; readonly token: T };

export const TokenScreen = <T extends ListedToken, X>({ config }: { config: TokenScreenConfig<T, X> }) => {
  const { kind } = config;
  // Keyed by the owner the route names: going from one owner's tokens to another's loads the other's.
  const { state, reload } = useLoad(config.load, [config.usage.ownerKey]);
  const [issued, setIssued] = useState<string>();
  const [editing, setEditing] = useState<T | 'new'>();
  const [pending, setPending] = useState<Pending<T>>();
  const [grace, setGrace] = useState('0');
  const [charted, setCharted] = useState<T>();
  const [error, setError] = useState<string>();
  const [filter, setFilter] = useState<TokenFilter>(NO_FILTER);
  const ends = kind.onDelete === 'revoke' ? 'Revoke' : 'Delete';
  const bulkEnd = useBulkEnd<T>({
    end: config.end,
    nameOf: config.nameOf,
    kind,
    ends,
    onDone: reload,
    onError: (failure) => setError(formErrorOf(failure).message),
  });
  const regenerateInRow = config.regenerateIn !== 'edit-view';

  const confirm = async () => {
    if (pending === undefined) return;
    setPending(undefined);
    try {
      if (pending.action === 'end') await config.end(pending.token.id);
      else if (config.regenerate !== undefined) {
        setIssued((await config.regenerate(pending.token.id, Number(grace) || 0)).token);
        setEditing(undefined);
      }
      reload();
    } catch (failure) {
      setError(formErrorOf(failure).message);
    }
  };

  const save = async (body: TokenBody) => {
    if (editing === 'new') setIssued((await config.create(body)).token);
    else if (editing !== undefined) await config.update?.(editing.id, body);
    setEditing(undefined);
    reload();
  };

  /** Whether a token may be regenerated here: the kind allows it, the screen offers it, the role grants it. */
  const mayRegenerateWith = (may: (action: TokenAction) => boolean) =>
    kind.regenerable && config.regenerate !== undefined && may('regenerate');

  const actionsOf = (may: (action: TokenAction) => boolean) => (token: T) => (
    <>
      {config.rowLinks?.(token)}
      <button type="button" onClick={() => setCharted(token)}>
        Usage
      </button>
      {token.status === 'active' && (
        <>
          {config.update !== undefined && may('update') && (
            <button type="button" onClick={() => setEditing(token)}>
              Edit
            </button>
          )}
          {regenerateInRow && mayRegenerateWith(may) && (
            <button type="button" onClick={() => setPending({ action: 'regenerate', token })}>
              Regenerate
            </button>
          )}
          {may('revoke') && (
            <button type="button" className="danger" onClick={() => setPending({ action: 'end', token })}>
              {ends}
            </button>
          )}
        </>
      )}
    </>
  );

  return (
    <>
      <PageHeader title={config.title} crumbs={config.crumbs} />
      {config.section !== undefined && <h2>{config.section}</h2>}
      {issued !== undefined && <OneTimeToken value={issued} onDone={() => setIssued(undefined)} />}
      <FormMessage message={error} />
      <Loadable state={state}>
        {({ tokens, extras, permissions }) => {
          const may = (action: TokenAction) =>
            permissions.includes(tokenPermission(kind.permissionNamespace, action));
          const actions = actionsOf(may);
          // A limit per environment (project tokens) is the API's to enforce; one per owner is shown here.
          const limited = kind.limitPer === 'owner';
          const active = tokens.filter((token) => token.status === 'active').length;
          const full = limited && active >= kind.maxPerOwner;
          const shown = filterTokens(tokens, filter, config.nameOf);
          // Only what is on the screen and still active can be ended together: never a token out of sight.
          const chosen = bulkEnd.chosenOf(shown);
          return (
            <>
              {limited && (
                <p className="limit" data-testid="token-limit">
                  {active} of {kind.maxPerOwner} tokens used
                </p>
              )}
              {/* Creating and editing come first: the chart below can be long, and is often empty. */}
              {editing === undefined ? (
                may('create') && (
                  <>
                    <button type="button" disabled={full} onClick={() => setEditing('new')}>
                      {config.createLabel}
                    </button>
                    {full && (
                      <p className="muted">At the limit: {ends.toLowerCase()} a token to create another.</p>
                    )}
                  </>
                )
              ) : (
                <config.Form
                  key={editing === 'new' ? 'new' : editing.id}
                  title={editing === 'new' ? config.createLabel : `Edit ${config.nameOf(editing)}`}
                  {...(editing === 'new' ? {} : { token: editing })}
                  extras={extras}
                  onSave={save}
                  onCancel={() => setEditing(undefined)}
                  {...(editing !== 'new' && !regenerateInRow && mayRegenerateWith(may)
                    ? { onRegenerate: () => setPending({ action: 'regenerate', token: editing }) }
                    : {})}
                />
              )}
              {tokens.length > 0 && <TokenFilters filter={filter} onChange={setFilter} />}
              {bulkEnd.button(chosen)}
              {tokens.length === 0 ? (
                <p className="empty">No {kind.label}s yet.</p>
              ) : shown.length === 0 ? (
                <p className="empty">No {kind.label} matches.</p>
              ) : (
                <DataTable
                  label={`${kind.label.charAt(0).toUpperCase()}${kind.label.slice(1)}s`}
                  rows={shown}
                  rowKey={(token) => token.id}
                  columns={[
                    ...(may('revoke') ? [bulkEnd.selectColumn] : []),
                    ...config.columns(extras),
                    ...(tokens.some((token) => token.credits != null) ? [CREDITS_COLUMN as Column<T>] : []),
                    { header: 'Status', cell: (token) => <TokenStatus token={token} /> },
                    { header: 'Actions', hiddenHeader: true, className: 'row-actions', cell: actions },
                  ]}
                />
              )}
              {charted === undefined ? (
                <UsagePanel
                  title={`Verifications of all ${kind.label}s here`}
                  source={config.usage.ownerKey}
                  load={config.usage.owner}
                />
              ) : (
                <>
                  <UsagePanel
                    title={`Verifications of "${config.nameOf(charted)}"`}
                    source={charted.id}
                    load={config.usage.token(charted.id)}
                  />
                  <button type="button" onClick={() => setCharted(undefined)}>
                    Show all {kind.label}s
                  </button>
                </>
              )}
            </>
          );
        }}
      </Loadable>
      <ConfirmDialog
        open={pending !== undefined}
        title={`${pending?.action === 'end' ? ends : 'Regenerate'} ${kind.label}?`}
        confirmLabel={pending?.action === 'end' ? ends : 'Regenerate'}
        onConfirm={confirm}
        onCancel={() => setPending(undefined)}
      >
        {pending !== undefined && (
          <TokenConfirmation
            action={pending.action}
            name={config.nameOf(pending.token)}
            onDelete={kind.onDelete}
            askGrace={config.askGrace}
            grace={grace}
            onGrace={setGrace}
          />
        )}
      </ConfirmDialog>
      {bulkEnd.dialog}
    </>
  );
};
