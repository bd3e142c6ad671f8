import type { AccessClass } from '../shared/http/route.js';

/** DynamoDB actions (without the `dynamodb:` prefix) a role may call on each of Keyward's tables. */
export interface TableAccess {
  readonly tokens: readonly string[];
  readonly directory: readonly string[];
  readonly events: readonly string[];
}

/**
 * What each management role may do, by table: the one source of the roles KeywardStack creates and of the
 * test that records every route's DynamoDB calls against its role (test/e2e/access-classes.security.test.ts).
 * Every role reads tokens and records uses of the admin key it was called with (`UpdateItem` of the use
 * attributes and of rate counters), reads the Directory (principals, roles, the pepper item) and may Query
 * the tables' indexes; a transaction needs the action of each item it writes.
 */
/** The management functions' access classes, and the scheduled functions' own roles. */
export type RoleName = AccessClass | 'sweeper' | 'dispatcher';

export const ROLE_ACCESS: Readonly<Record<RoleName, TableAccess>> = {
  read: {
    tokens: ['GetItem', 'Query', 'UpdateItem'],
    directory: ['GetItem', 'Query'],
    events: ['Query'],
  },
  tokens: {
    tokens: ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem'],
    // PutItem, DeleteItem, ConditionCheckItem: a value kept to be shown again is written with its token, on
    // condition that its tenant still keeps values, and deleted when the token ends.
    directory: ['GetItem', 'Query', 'UpdateItem', 'PutItem', 'DeleteItem', 'ConditionCheckItem'],
    // UpdateItem: `POST /v1/verify` adds its verification counts (usage analytics).
    events: ['PutItem', 'UpdateItem'],
  },
  directory: {
    // Query: a token policy lists the owner's tokens that break it.
    tokens: ['GetItem', 'Query', 'UpdateItem'],
    directory: ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'ConditionCheckItem'],
    // UpdateItem: a webhook redelivery puts its delivery back in the outbox.
    events: ['PutItem', 'UpdateItem'],
  },
  /** The webhook dispatcher: reads the outbox and endpoints, writes deliveries and their attempts. */
  dispatcher: {
    tokens: [],
    directory: ['GetItem', 'Query'],
    events: ['Query', 'PutItem', 'UpdateItem'],
  },
  sweeper: {
    tokens: ['GetItem', 'Query', 'UpdateItem'],
    // DeleteItem: an expired token's value kept to be shown again is deleted with the expiry.
    directory: ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem'],
    // Query, DeleteItem: expiry emails wait in the Events table until the day's digest takes them.
    events: ['PutItem', 'Query', 'DeleteItem'],
  },
};

/** Roles that make the data keys of values kept to be shown again (KMS `GenerateDataKey`). */
export const GENERATES_DATA_KEYS: ReadonlySet<RoleName> = new Set(['tokens']);

/** Roles that may send Keyward's events to EventBridge (expiry and compromise news). */
export const SENDS_EVENTS: ReadonlySet<RoleName> = new Set(['tokens', 'sweeper']);

/**
 * The IAM actions a role's table actions come to. A BatchGetItem is GetItems (the repositories read principals
 * and workspaces in batches) but IAM names it apart: a role that may get items may batch them.
 */
export const iamActionsOf = (actions: readonly string[]): string[] =>
  [...actions, ...(actions.includes('GetItem') ? ['BatchGetItem'] : [])].map(
    (action) => `dynamodb:${action}`,
  );
