/**
 * Every error code the API answers with: its status, and when it is answered. The one list the error
 * classes' types, the README's table and the OpenAPI document's enum derive from.
 */
export const ERROR_CODES = {
  invalid_json: { status: 400, when: 'the body is not JSON, or nests deeper than 32 levels' },
  unauthorized: {
    status: 401,
    when: 'no, malformed, unknown, revoked or expired admin key (never says which)',
  },
  forbidden: { status: 403, when: "the key's roles lack the permission" },
  plan_required: { status: 403, when: 'workspace tokens on a free plan' },
  not_found: {
    status: 404,
    when: 'unknown route or id — and any resource of another tenant, so ids cannot be probed',
  },
  method_not_allowed: { status: 405, when: 'wrong method' },
  regenerate_not_supported: { status: 405, when: 'regenerating a token whose kind cannot be regenerated' },
  token_limit_reached: { status: 409, when: 'a sixth site token (each kind has its limit)' },
  token_not_active: { status: 409, when: 'changing a revoked or expired token' },
  token_changed: { status: 409, when: 'a regenerate or delete that raced another change' },
  conflict: { status: 409, when: 'a write whose condition failed because the resource changed; retry' },
  already_exists: { status: 409, when: 'a name or short name taken in its parent' },
  already_bootstrapped: { status: 409, when: 'bootstrapping an instance that has an owner' },
  last_admin: { status: 409, when: 'removing or demoting the last admin of a workspace or site' },
  last_environment: { status: 409, when: "deleting a project's last environment" },
  environment_in_use: { status: 409, when: 'deleting an environment that active project tokens use' },
  identity_has_tokens: { status: 409, when: 'deleting an identity that still has active tokens' },
  role_in_use: { status: 409, when: 'deleting a custom role that members still hold' },
  external_id_taken: { status: 409, when: 'an identity `externalId` taken in its workspace' },
  webhook_limit_reached: { status: 409, when: 'more webhook endpoints than a workspace or project may have' },
  token_policy_changed: { status: 409, when: 'the token policy changed while a token was written; retry' },
  payload_too_large: { status: 413, when: 'body over 64 KiB' },
  unsupported_media_type: { status: 415, when: 'not `application/json`' },
  validation_error: {
    status: 422,
    when: 'a field breaks the schema (`details` names every one), a name holds a control character or a bidirectional override, or a key is named `__proto__`, `constructor` or `prototype`',
  },
  scope_widening_not_allowed: { status: 422, when: 'a PATCH raising a scope' },
  token_policy_violation: {
    status: 422,
    when: "a token that breaks its workspace's or project's token policy (`details` says how)",
  },
  rate_limited: {
    status: 429,
    when: 'too many leak reports, reveals, self-rotations or webhook tests; wait `Retry-After` seconds',
  },
  self_rotation_too_frequent: {
    status: 429,
    when: 'a token rotating itself again too soon; wait `Retry-After` seconds',
  },
  internal_error: { status: 500, when: 'a fault of Keyward itself, logged and never described' },
  store_unavailable: { status: 503, when: 'DynamoDB did not answer; retry after `Retry-After`' },
} as const satisfies Readonly<Record<string, { readonly status: number; readonly when: string }>>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const ERROR_CODE_NAMES = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

/** The codes answered with `status`: what an error class of that status may carry. */
export type ErrorCodeOf<Status extends number> = {
  [Code in ErrorCode]: (typeof ERROR_CODES)[Code]['status'] extends Status ? Code : never;
}[ErrorCode];
