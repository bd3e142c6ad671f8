import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import { type ReactNode, useEffect, useRef } from 'react';
import { SELF_ROTATED_BY } from '../../shared/domain/rotation.js';
import { useBreadcrumbs } from './breadcrumbs.js';
import { usePrincipalName } from './principal-names.js';
import { type ResourceRef, useResourceNames } from './resource-name.js';
import { shortTime } from './times.js';
import { type ShownStatus, statusOf } from './token-status.js';
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
      <div role="status">
        <StatusIndicator type="loading">Loading…</StatusIndicator>
      </div>
    );
  if (state.status === 'error') return <FormMessage message={`Could not load: ${state.message}`} />;
  if (isEmpty?.(state.data) === true) return <Box color="text-status-inactive">{empty}</Box>;
  return <>{children(state.data)}</>;
};

/** A breadcrumb: what it says (a text, or a resource whose name is loaded) and where it leads. */
export type Crumb = readonly [label: string | ResourceRef, to: string];

/** A screen's title, and its breadcrumbs in the layout; the title is the last crumb, the page the person is on. */
export const PageHeader = ({
  title,
  crumbs = [],
  description,
  actions,
}: {
  title: string;
  crumbs?: readonly Crumb[];
  description?: ReactNode;
  actions?: ReactNode;
}) => {
  const names = useResourceNames(crumbs.map(([label]) => label));
  useBreadcrumbs(
    crumbs.length === 0
      ? []
      : [
          ...crumbs.map(([, to], index) => ({ text: names[index]!, href: `#${to}` })),
          { text: title, href: '#' },
        ],
  );
  return (
    <Header variant="h1" description={description} actions={actions}>
      {title}
    </Header>
  );
};

/** A labelled control with its error beside it; FormField ties label, hint and error to the control inside. */
export const Field = ({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string | undefined;
  hint?: string;
  children: ReactNode;
}) => (
  <FormField label={label} errorText={error} constraintText={hint} stretch>
    {children}
  </FormField>
);

/**
 * A labelled group of controls that have labels of their own (checkboxes, radio groups): unlike a
 * FormField, it does not name each control inside after the group.
 */
export const FieldGroup = ({
  label,
  error,
  children,
}: {
  label: string;
  error?: string | undefined;
  children: ReactNode;
}) => (
  <fieldset className="field-group">
    {/* The legend is the fieldset's first child, or it names nothing. */}
    <legend>
      <Box variant="awsui-key-label">{label}</Box>
    </legend>
    <SpaceBetween size="xs">
      {children}
      <FormMessage message={error} />
    </SpaceBetween>
  </fieldset>
);

/** A message for the whole form or screen (what no single field explains). */
export const FormMessage = ({ message }: { message?: string | undefined }) =>
  message === undefined ? null : (
    <div role="alert">
      <Alert type="error" statusIconAriaLabel="Error">
        {message}
      </Alert>
    </div>
  );

/** A modal confirmation: focus moves in and stays there, Escape cancels, focus returns after. */
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
}) => (
  <Modal
    visible={open}
    header={title}
    closeAriaLabel="Close"
    onDismiss={onCancel}
    footer={
      <Box float="right">
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={onCancel}>
            Cancel
          </Button>
          <Button variant="primary" onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </SpaceBetween>
      </Box>
    }
  >
    {children}
  </Modal>
);

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
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.scrollIntoView({ block: 'center' });
    panel.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section
      ref={panel}
      tabIndex={-1}
      className="one-time"
      aria-labelledby="one-time-title"
      data-testid="one-time"
    >
      <Alert
        type="success"
        statusIconAriaLabel="Success"
        header={<h2 id="one-time-title">Copy your {what} now</h2>}
        action={<Button onClick={onDone}>I have copied it</Button>}
      >
        <SpaceBetween size="s">
          <span>
            <strong>You won't see it again.</strong> Store it somewhere safe; if it is lost, regenerate or
            create a new one.
          </span>
          <code className="secret" data-testid="new-token">
            {value}
          </code>
          <CopyToClipboard
            variant="button"
            copyButtonText="Copy"
            textToCopy={value}
            copySuccessText="Copied"
            copyErrorText="Could not copy: select the value and copy it by hand"
          />
        </SpaceBetween>
      </Alert>
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

/** How each status is drawn: working tokens green, ended ones grey, expired ones a warning. */
const STATUS_LOOK: Readonly<Record<ShownStatus, StatusIndicatorProps.Type>> = {
  active: 'success',
  disabled: 'stopped',
  revoked: 'stopped',
  expired: 'warning',
};

export const TokenStatus = ({ token }: { token: TokenHistory }) => {
  const nameOf = usePrincipalName();
  const status = statusOf(token);
  const notes = [
    token.leakedAt !== null && {
      key: 'leaked',
      text: `Reported leaked ${shortTime(token.leakedAt)}`,
      type: 'error' as const,
    },
    token.reuseDetectedAt !== null && {
      key: 'reuse',
      text: `Reuse of an old value detected ${shortTime(token.reuseDetectedAt)}`,
      type: 'error' as const,
    },
    token.rotatedAt !== null && {
      key: 'rotated',
      text: `Rotated ${shortTime(token.rotatedAt)} by ${
        token.rotatedBy === SELF_ROTATED_BY ? 'the token itself' : nameOf(token.rotatedBy)
      }`,
      type: undefined,
    },
  ].filter((note) => note !== false);
  return (
    <SpaceBetween size="xxxs">
      <StatusIndicator type={STATUS_LOOK[status] ?? 'info'}>{status}</StatusIndicator>
      {notes.map((note) =>
        note.type === undefined ? (
          <Box key={note.key} variant="small">
            {note.text}
          </Box>
        ) : (
          <StatusIndicator key={note.key} type={note.type} colorOverride="red">
            <small>{note.text}</small>
          </StatusIndicator>
        ),
      )}
    </SpaceBetween>
  );
};
