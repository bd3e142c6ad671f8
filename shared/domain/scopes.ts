import type { ErrorDetail } from './errors.js';
/**
 * Scopes of site and workspace tokens: one access level per API of a catalogue. A catalogue also names the
 * API families a kind can never be granted, so the rule lives in data rather than in `if` chains.
 */

export const SCOPE_LEVELS = ['none', 'read', 'write'] as const;
export type ScopeLevel = (typeof SCOPE_LEVELS)[number];
/** How the site-token document names the levels, for people (the API keeps the short names). */
export const SCOPE_LEVEL_LABELS: Readonly<Record<ScopeLevel, string>> = {
  none: 'No access',
  read: 'Read-only',
  write: 'Read and write',
};
export type Access = Exclude<ScopeLevel, 'none'>;
export type Scopes = Readonly<Record<string, ScopeLevel>>;

export interface ScopeCatalogue {
  /** APIs a token of this kind can be granted, in display order. */
  readonly apis: readonly string[];
  /** Levels a token of this kind can hold for each API. */
  readonly levels: readonly ScopeLevel[];
  /** APIs that exist but are never grantable to this kind, with the reason shown to the user. */
  readonly neverGrantable: Readonly<Record<string, string>>;
}

export const SITE_APIS = [
  'sites',
  'pages',
  'cms',
  'forms',
  'assets',
  'ecommerce',
  'users',
  'site_activity',
  'localization',
  'components',
] as const;

export const WORKSPACE_APIS = ['workspace', 'audit_logs'] as const;

const SITE_TOKEN_EXCLUSION = 'is never granted to site tokens';
const WORKSPACE_TOKEN_EXCLUSION = 'is a site API; workspace tokens cannot reach site endpoints';

export const siteScopeCatalogue: ScopeCatalogue = {
  apis: SITE_APIS,
  levels: SCOPE_LEVELS,
  neverGrantable: { authorization: SITE_TOKEN_EXCLUSION, custom_code: SITE_TOKEN_EXCLUSION },
};

export const workspaceScopeCatalogue: ScopeCatalogue = {
  apis: WORKSPACE_APIS,
  levels: ['none', 'read'],
  neverGrantable: Object.fromEntries(
    [...SITE_APIS, 'authorization', 'custom_code'].map((api) => [api, WORKSPACE_TOKEN_EXCLUSION]),
  ),
};

const LEVEL_RANK: Readonly<Record<ScopeLevel, number>> = { none: 0, read: 1, write: 2 };

/** Expands a partial grant to one entry per API of the catalogue, absent APIs at `none`. */
export const completeScopes = (catalogue: ScopeCatalogue, granted: Scopes): Scopes =>
  Object.fromEntries(catalogue.apis.map((api) => [api, granted[api] ?? 'none']));

export const hasAnyAccess = (scopes: Scopes): boolean =>
  Object.values(scopes).some((level) => level !== 'none');

/** True when `scopes` allow `access` on `api`; write implies read. */
export const grants = (scopes: Scopes, api: string, access: Access): boolean =>
  LEVEL_RANK[scopes[api] ?? 'none'] >= LEVEL_RANK[access];

/**
 * The APIs a change from `current` to `requested` would raise. Access is only ever lowered in place: "mint a
 * new one if you need to add new scopes", so a leaked token can never be quietly given more.
 */
export const widenedScopes = (current: Scopes, requested: Scopes): ErrorDetail[] =>
  Object.entries(requested)
    .filter(([api, level]) => LEVEL_RANK[level] > LEVEL_RANK[current[api] ?? 'none'])
    .map(([api, level]) => ({
      path: `scopes.${api}`,
      message: `cannot be raised from ${current[api] ?? 'none'} to ${level} in place; generate a new token for more access`,
    }));
