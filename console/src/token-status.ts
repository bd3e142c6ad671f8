import { shortTime } from './times.js';

/** The status as the API decides it, and "disabled" for an active token switched off. */
export const statusOf = (token: { readonly status: string; readonly disabled?: boolean }): string =>
  token.status === 'active' && token.disabled === true ? 'disabled' : token.status;

/** When an active token ends; an ended token no longer does (its status says how it ended). */
export const endsAt = (token: { readonly status: string }, iso: string | null | undefined): string =>
  token.status === 'active' ? shortTime(iso) : '—';
