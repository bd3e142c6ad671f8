/**
 * Access of API tokens (Strapi-style) to a project's content API: a type, and for `custom` a list of
 * actions per content type.
 */

export const CONTENT_ACTIONS = ['find', 'findOne', 'create', 'update', 'delete'] as const;
export type ContentAction = (typeof CONTENT_ACTIONS)[number];

export const API_TOKEN_TYPES = ['read-only', 'full-access', 'custom'] as const;
export type ApiTokenType = (typeof API_TOKEN_TYPES)[number];
/** How Strapi's document names the types, for people. */
export const API_TOKEN_TYPE_LABELS: Readonly<Record<ApiTokenType, string>> = {
  'read-only': 'Read-only',
  'full-access': 'Full access',
  custom: 'Custom',
};

export const API_TOKEN_LIFESPANS = [7, 30, 90, null] as const;

const READ_ACTIONS: ReadonlySet<ContentAction> = new Set(['find', 'findOne']);

export interface ApiAccess {
  readonly type: ApiTokenType;
  /** By content type name, as the user gave them (custom tokens only). */
  readonly permissions: Readonly<Record<string, readonly ContentAction[]>>;
  /** The same, keyed by the content type's plural name, which is what routes carry. */
  readonly byPath: Readonly<Record<string, readonly ContentAction[]>>;
}

/** Whether the access lets `action` run on the content type whose routes use `pluralName`. */
export const contentAccessAllows = (
  access: Pick<ApiAccess, 'type' | 'byPath'>,
  pluralName: string,
  action: ContentAction,
) => {
  if (access.type === 'full-access') return true;
  if (access.type === 'read-only') return READ_ACTIONS.has(action);
  return access.byPath[pluralName]?.includes(action) ?? false;
};
