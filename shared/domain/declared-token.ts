import { createHash } from 'node:crypto';
import { type DeclarableKind, tokenKinds } from './kinds.js';
import { GRACE_PERIOD_BOUNDS } from './rotation.js';
import { completeScopes, type Scopes, widenedScopes } from './scopes.js';

/**
 * Tokens declared in infrastructure code (`KeywardToken` of `keyward/cdk`): a CloudFormation custom resource
 * mints the token at deploy and writes its value straight into a Secrets Manager secret, changes it when the
 * declaration changes, and ends it when the declaration goes. What a declaration may say, how a change to it
 * is carried out, and which rotation schedules can work are decided here.
 */

export type { DeclarableKind };

/** A token as a template declares it. It never holds a value: templates are not secret. */
export interface TokenDeclaration {
  readonly kind: DeclarableKind;
  /** The site, workspace or project the token belongs to. */
  readonly ownerId: string;
  /** The kind's create body, as the management API takes it. */
  readonly token: Readonly<Record<string, unknown>>;
  /** The principal the deployment acts as, with its roles; the instance owner when absent. */
  readonly createdBy?: string;
}

/** The secret tag that tells the rotation function how long a replaced value keeps working. */
export const GRACE_PERIOD_TAG = 'keyward:grace-period-seconds';

/** The grace a rotation gives the value it replaces unless the declaration says otherwise: a day. */
export const DEFAULT_ROTATION_GRACE_SECONDS = GRACE_PERIOD_BOUNDS.max;

/** Fields that name or describe a token: changing them leaves its access as it was. */
const DESCRIPTIVE_FIELDS: ReadonlySet<string> = new Set(['name', 'title', 'description']);

export type DeclarationChange =
  | { readonly action: 'keep' }
  /** Changed in place: the token keeps its id and its value. */
  | { readonly action: 'update'; readonly patch: Readonly<Record<string, unknown>> }
  /** A new token takes its place (and its secret); the old one ends once the deployment completes. */
  | { readonly action: 'replace' };

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * How a changed declaration is carried out. Access is only ever lowered in place, as the management API
 * allows: a rename, a new description or narrower scopes keep the token; anything else — a wider scope, a
 * new type, permissions, restrictions, lifespan, owner, kind or acting principal — mints a new token, so a
 * value never quietly gains access it was not issued with.
 */
export const declarationChangeOf = (before: TokenDeclaration, after: TokenDeclaration): DeclarationChange => {
  for (const field of ['kind', 'ownerId', 'createdBy'] as const) {
    if (!same(before[field], after[field])) return { action: 'replace' };
  }
  const fields = new Set([...Object.keys(before.token), ...Object.keys(after.token)]);
  const patch: Record<string, unknown> = {};
  for (const field of fields) {
    const [was, is] = [before.token[field], after.token[field]];
    if (same(was, is)) continue;
    if (DESCRIPTIVE_FIELDS.has(field)) {
      // A description left out is removed, as `null` removes it through the API.
      patch[field] = is === undefined ? null : is;
      continue;
    }
    const catalogue = tokenKinds[after.kind].scopeCatalogue;
    if (field === 'scopes' && catalogue !== null) {
      const current = completeScopes(catalogue, (was ?? {}) as Scopes);
      const requested = completeScopes(catalogue, (is ?? {}) as Scopes);
      if (widenedScopes(current, requested).length > 0) return { action: 'replace' };
      patch.scopes = is;
      continue;
    }
    return { action: 'replace' };
  }
  return Object.keys(patch).length === 0 ? { action: 'keep' } : { action: 'update', patch };
};

/**
 * The id of the token one deployment request mints, the same for every attempt at that request: a retried
 * invocation finds the token an earlier attempt made instead of minting a second one.
 */
export const declaredTokenIdOf = (request: {
  readonly stackId: string;
  readonly logicalResourceId: string;
  readonly requestId: string;
}): string =>
  createHash('sha256')
    .update([request.stackId, request.logicalResourceId, request.requestId].join('\n'))
    .digest('hex')
    .slice(0, 24);

const DAY_SECONDS = 86_400;

/**
 * Why a rotation schedule cannot work for a declaration, if it cannot: its kind cannot be regenerated, the
 * grace is out of bounds or longer than the interval (two rotations would overlap), or the token ends before
 * its first rotation.
 */
export const rotationProblems = (rotation: {
  readonly kind: DeclarableKind;
  readonly everySeconds: number;
  readonly graceSeconds: number;
  readonly lifespanDays?: number | null;
}): string[] => {
  const kind = tokenKinds[rotation.kind];
  const problems: string[] = [];
  if (!kind.regenerable) {
    problems.push(`a ${kind.label} cannot be regenerated, so it cannot rotate; leave rotateEvery out`);
  }
  const hours = rotation.everySeconds / 3_600;
  if (!Number.isInteger(hours) || hours < 4 || hours > 1_000 * 24) {
    problems.push('rotateEvery must be whole hours, from 4 hours to 1,000 days (Secrets Manager schedules)');
  }
  const { min, max } = GRACE_PERIOD_BOUNDS;
  if (
    !Number.isInteger(rotation.graceSeconds) ||
    rotation.graceSeconds < min ||
    rotation.graceSeconds > max
  ) {
    problems.push(`gracePeriod must be a whole number of seconds from ${min} to ${max}`);
  }
  if (rotation.everySeconds <= rotation.graceSeconds) {
    problems.push(
      `rotateEvery (${rotation.everySeconds} s) must be longer than gracePeriod (${rotation.graceSeconds} s): each value must stop working before the next rotation`,
    );
  }
  const lifespanSeconds = (rotation.lifespanDays ?? Number.POSITIVE_INFINITY) * DAY_SECONDS;
  if (rotation.everySeconds >= lifespanSeconds) {
    problems.push(
      `rotateEvery (${rotation.everySeconds / DAY_SECONDS} days) is not shorter than the token's ${rotation.lifespanDays}-day lifespan: it would expire before it rotates`,
    );
  }
  return problems;
};
