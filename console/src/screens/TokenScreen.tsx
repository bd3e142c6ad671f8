import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { type ComponentType, type ReactNode, useState } from 'react';
import type { TokenKindDefinition } from '../../../shared/domain/kinds.js';
import { type TokenAction, tokenPermission } from '../../../shared/domain/roles.js';
import { formErrorOf } from '../errors.js';
import type { Column } from '../table.js';
import type { FilterableToken, TokenFacet } from '../token-collection.js';
import {
  ConfirmDialog,
  type Crumb,
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
import { TokenConfirmation } from './token-confirmation.js';
import { TokenTable } from './token-table.js';

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
  readonly crumbs: readonly Crumb[];
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
  /** The kind's own ways to find a token in its list, beside name, status, dates and creator. */
  facets?(extras: X): readonly TokenFacet<T>[];
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
  const ends = kind.onDelete === 'revoke' ? 'Revoke' : 'Delete';
  const regenerateInRow = config.regenerateIn !== 'edit-view';
  const showError = (failure: unknown) => setError(formErrorOf(failure).message);

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
      showError(failure);
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

  /** A row's actions, side by side as links: only those the caller's role grants on the token's owner. */
  const actionsOf = (may: (action: TokenAction) => boolean) => (token: T) => (
    <SpaceBetween direction="horizontal" size="xs">
      {config.rowLinks?.(token)}
      <Button variant="inline-link" onClick={() => setCharted(token)}>
        Usage
      </Button>
      {token.status === 'active' && config.update !== undefined && may('update') && (
        <Button variant="inline-link" onClick={() => setEditing(token)}>
          Edit
        </Button>
      )}
      {token.status === 'active' && regenerateInRow && mayRegenerateWith(may) && (
        <Button variant="inline-link" onClick={() => setPending({ action: 'regenerate', token })}>
          Regenerate
        </Button>
      )}
      {token.status === 'active' && may('revoke') && (
        <Button variant="inline-link" onClick={() => setPending({ action: 'end', token })}>
          {ends}
        </Button>
      )}
    </SpaceBetween>
  );

  return (
    <>
      <PageHeader title={config.title} crumbs={config.crumbs} />
      {issued !== undefined && <OneTimeToken value={issued} onDone={() => setIssued(undefined)} />}
      <FormMessage message={error} />
      <Loadable state={state}>
        {({ tokens, extras, permissions }) => {
          const may = (action: TokenAction) =>
            permissions.includes(tokenPermission(kind.permissionNamespace, action));
          // A limit per environment (project tokens) is the API's to enforce; one per owner is shown here.
          const limited = kind.limitPer === 'owner';
          const active = tokens.filter((token) => token.status === 'active').length;
          const full = limited && active >= kind.maxPerOwner;
          return (
            <>
              {/* Creating and editing come first: the chart below can be long, and is often empty. */}
              {editing !== undefined && (
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
              <TokenTable
                tokens={tokens}
                nameOf={config.nameOf}
                {...(config.facets === undefined ? {} : { facets: config.facets(extras) })}
                kind={kind}
                ends={ends}
                selectable={may('revoke')}
                title={config.section ?? `${kind.label.charAt(0).toUpperCase()}${kind.label.slice(1)}s`}
                description={
                  limited && (
                    <span data-testid="token-limit">
                      {active} of {kind.maxPerOwner} tokens used
                      {full && `: ${ends.toLowerCase()} a token to create another`}
                    </span>
                  )
                }
                actions={
                  editing === undefined &&
                  may('create') && (
                    <Button variant="primary" disabled={full} onClick={() => setEditing('new')}>
                      {config.createLabel}
                    </Button>
                  )
                }
                columns={[
                  ...config.columns(extras),
                  ...(tokens.some((token) => token.credits != null) ? [CREDITS_COLUMN as Column<T>] : []),
                  { header: 'Status', minWidth: 170, cell: (token) => <TokenStatus token={token} /> },
                  { header: 'Actions', hiddenHeader: true, minWidth: 190, cell: actionsOf(may) },
                ]}
                end={config.end}
                onEnded={reload}
                onError={showError}
              />
              {charted === undefined ? (
                <UsagePanel
                  title={`Verifications of all ${kind.label}s here`}
                  source={config.usage.ownerKey}
                  load={config.usage.owner}
                />
              ) : (
                <UsagePanel
                  title={`Verifications of "${config.nameOf(charted)}"`}
                  source={charted.id}
                  load={config.usage.token(charted.id)}
                  action={<Button onClick={() => setCharted(undefined)}>Show all {kind.label}s</Button>}
                />
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
    </>
  );
};
