import { shortTime } from './times.js';

/** What the console calls a token's state: the API's status, and "disabled" for an active token switched off. */
export type ShownStatus = 'active' | 'disabled' | 'revoked' | 'expired';

/** Every status a token list can be narrowed to, in the order they are offered. */
export const SHOWN_STATUSES: readonly ShownStatus[] = ['active', 'disabled', 'revoked', 'expired'];

/** The status as the API decides it, and "disabled" for an active token switched off. */
export const statusOf = (token: { readonly status: string; readonly disabled?: boolean }): ShownStatus =>
  (token.status === 'active' && token.disabled === true ? 'disabled' : token.status) as ShownStatus;

/** When an active token ends; an ended token no longer does (its status says how it ended). */
export const endsAt = (token: { readonly status: string }, iso: string | null | undefined): string =>
  token.status === 'active' ? shortTime(iso) : '—';
