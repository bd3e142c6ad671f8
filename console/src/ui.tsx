import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { SELF_ROTATED_BY } from '../../shared/domain/rotation.js';
import { usePrincipalName } from './principal-names.js';
import { Link } from './router.js';
import { shortTime } from './times.js';
import { statusOf } from './token-status.js';
import type { LoadState } from './use-load.js';

export { shortTime } from './times.js';
export { endsAt, statusOf } from './token-status.js';

/** Loading, error and empty states in one place, so every screen has all three. */
export const Loadable = <T,>({
  state,
  isEmpty,
  empty,
  children,
}: {
  state: LoadState<T>;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) => {
  if (state.status === 'loading')
    return (
      <p className="muted" role="status">
        Loading…
      </p>
    );
  if (state.status === 'error')
    return (
      <p className="error" role="alert">
        Could not load: {state.message}
      </p>
    );
  if (isEmpty?.(state.data) === true) return <div className="empty">{empty}</div>;
  return <>{children(state.data)}</>;
};

export const PageHeader = ({
  title,
  crumbs = [],
}: {
  title: string;
  crumbs?: readonly (readonly [label: ReactNode, to: string])[];
}) => (
  <header className="page-header">
    {crumbs.length > 0 && (
      <nav aria-label="Breadcrumb" className="crumbs">
        {crumbs.map(([label, to]) => (
          <span key={to}>
            <Link to={to}>{label}</Link> /{' '}
          </span>
        ))}
      </nav>
    )}
    <h1>{title}</h1>
  </header>
);

/** A labelled control with its error beside it, tied together for screen readers. */
export const Field = ({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string | undefined;
  hint?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) => {
  const id = useId();
  const describedBy = error === undefined ? undefined : `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error !== undefined,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {hint !== undefined && <small className="muted">{hint}</small>}
      {error !== undefined && (
        <p id={describedBy} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
};

export const FormMessage = ({ message }: { message?: string | undefined }) =>
  message === undefined ? null : (
    <p className="error" role="alert">
      {message}
    </p>
  );

/** A modal confirmation on the native <dialog>: focus moves in, Escape cancels, focus returns after. */
export const ConfirmDialog = ({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) => {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} onCancel={onCancel} aria-labelledby={`${title}-title`}>
      <h2 id={`${title}-title`}>{title}</h2>
      {children}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
};

/**
 * A new token's value: shown once, with a copy button and a warning that it will not be shown again. The
 * panel brings itself into view and takes the focus when it appears, wherever on the page the action that
 * made the value was: the one time a value is shown cannot happen off-screen.
 */
export const OneTimeToken = ({
  value,
  onDone,
  what = 'token',
}: {
  value: string;
  onDone: () => void;
  /** What the value is, in the heading: a token, a webhook's signing secret. */
  what?: string;
}) => {
  const [copied, setCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'center' });
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section className="one-time" aria-labelledby="one-time-title" data-testid="one-time">
      <h2 id="one-time-title" ref={heading} tabIndex={-1}>
        Copy your {what} now
      </h2>
      <p>
        <strong>You won't see it again.</strong> Store it somewhere safe; if it is lost, regenerate or create
        a new one.
      </p>
      <code data-testid="new-token">{value}</code>
      <div className="actions">
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard.writeText(value);
            setCopied(true);
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" onClick={onDone}>
          I have copied it
        </button>
      </div>
    </section>
  );
};

/** What a token's history says beside its status: a leak report, a detected reuse, its last rotation. */
export interface TokenHistory {
  readonly status: string;
  readonly rotatedAt: string | null;
  readonly rotatedBy: string | null;
  readonly leakedAt: string | null;
  readonly reuseDetectedAt: string | null;
  /** Project tokens can be switched off while active: they then refuse every request. */
  readonly disabled?: boolean;
}

export const TokenStatus = ({ token }: { token: TokenHistory }) => {
  const nameOf = usePrincipalName();
  const notes = [
    token.leakedAt !== null && {
      key: 'leaked',
      text: `Reported leaked ${shortTime(token.leakedAt)}`,
      alert: true,
    },
    token.reuseDetectedAt !== null && {
      key: 'reuse',
      text: `Reuse of an old value detected ${shortTime(token.reuseDetectedAt)}`,
      alert: true,
    },
    token.rotatedAt !== null && {
      key: 'rotated',
      text: `Rotated ${shortTime(token.rotatedAt)} by ${
        token.rotatedBy === SELF_ROTATED_BY ? 'the token itself' : nameOf(token.rotatedBy)
      }`,
      alert: false,
    },
  ].filter((note) => note !== false);
  return (
    <>
      {statusOf(token)}
      {notes.map((note) => (
        <small key={note.key} className={note.alert ? 'token-note alert' : 'token-note'}>
          {note.text}
        </small>
      ))}
    </>
  );
};
