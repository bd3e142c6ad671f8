import type { KeyProvider } from '../../crypto/key-provider.js';
import { hashSecret } from '../../crypto/token-hasher.js';
import { addDays } from '../../domain/clock.js';
import type { ApiTokenType, ContentAction } from '../../domain/content-access.js';
import type { CreditsChange } from '../../domain/credits.js';
import { type ErrorDetail, ValidationError } from '../../domain/errors.js';
import type { TokenKindDefinition } from '../../domain/kinds.js';
import { expiryAttributes } from '../../domain/lifecycle.js';
import type { RateLimit } from '../../domain/rate-limit.js';
import { NO_RESTRICTIONS, type TokenRestrictions } from '../../domain/restrictions.js';
import type { TokenRecord } from '../../domain/token.js';
import type { IdentityRepository } from '../../store/identity-repository.js';
import type { ProjectRepository } from '../../store/project-repository.js';

/**
 * The attributes some kinds have beyond name and scopes — environment, restrictions, API-token access,
 * lifespan — turned into record attributes. Checks that need the directory (does the environment belong
 * to this project? does the content type exist?) happen here and fail as 422 on the field concerned.
 */

export interface RestrictionsInput {
  readonly ipRestrictionsEnabled?: boolean;
  readonly ipValues?: readonly string[];
  readonly secretKeyEnabled?: boolean;
  /** Plain secret key from the request; only its HMAC is kept. */
  readonly secretKey?: string;
  readonly requiredHeaders?: Readonly<Record<string, string>>;
}

export interface ApiAccessInput {
  readonly type?: ApiTokenType;
  readonly permissions?: Readonly<Record<string, readonly ContentAction[]>>;
}

export interface TokenAttributes {
  readonly disabled?: boolean;
  readonly environmentId?: string;
  readonly restrictions?: RestrictionsInput;
  readonly apiAccess?: ApiAccessInput;
  /** Days until expiry; `null` for unlimited; absent leaves it unchanged. */
  readonly lifespanDays?: number | null;
  /** `null` removes the limit; absent leaves it unchanged. */
  readonly rateLimit?: RateLimit | null;
  /** New credits, a top-up (`add`, applied atomically), or `null` to remove them (see `creditChangeOf`). */
  readonly credits?: CreditsChange | null;
  /** The identity the token joins; `null` takes it out of its identity; absent leaves it unchanged. */
  readonly identityId?: string | null;
}

export interface AttributesContext {
  readonly kind: TokenKindDefinition;
  readonly ownerId: string;
  /** Where the token's identities live: its workspace or project (`workspace#<id>`, `project#<id>`). */
  readonly scope: string;
  readonly identities: Pick<IdentityRepository, 'get'>;
  readonly tokenId: string;
  readonly now: Date;
  readonly projects: ProjectRepository;
  readonly keys: KeyProvider;
}

/** Attribute changes; `undefined` values mean "remove". */
export type AttributeChanges = Record<string, unknown>;

const environmentOf = async (ctx: AttributesContext, requested: string | undefined) => {
  if (requested === undefined) {
    const [first] = await ctx.projects.listEnvironments(ctx.ownerId);
    if (first === undefined)
      throw ValidationError.forField('environment', 'the project has no environment; create one first');
    return first.id;
  }
  const environment = await ctx.projects.getEnvironment(requested);
  if (environment?.projectId !== ctx.ownerId) {
    throw ValidationError.forField('environment', `no environment ${requested} in this project`);
  }
  return environment.id;
};

const restrictionsOf = async (
  ctx: AttributesContext,
  input: RestrictionsInput,
  current: TokenRestrictions = NO_RESTRICTIONS,
): Promise<TokenRestrictions> => {
  const secret = input.secretKey === undefined ? undefined : await hashSecret(ctx.keys, input.secretKey);
  const merged: TokenRestrictions = {
    ipRestrictionsEnabled: input.ipRestrictionsEnabled ?? current.ipRestrictionsEnabled,
    ipValues: input.ipValues ?? current.ipValues,
    secretKeyEnabled: input.secretKeyEnabled ?? current.secretKeyEnabled,
    requiredHeaders: input.requiredHeaders ?? current.requiredHeaders,
    ...(secret === undefined
      ? current.secretKeyHash === undefined
        ? {}
        : { secretKeyHash: current.secretKeyHash, secretKeyPepperVersion: current.secretKeyPepperVersion }
      : { secretKeyHash: secret.hash, secretKeyPepperVersion: secret.pepperVersion }),
  };
  const problems: ErrorDetail[] = [];
  if (merged.secretKeyEnabled && merged.secretKeyHash === undefined) {
    problems.push({ path: 'secretKey', message: 'set a secretKey (12 characters or more) to enable it' });
  }
  if (merged.ipRestrictionsEnabled && merged.ipValues.length === 0) {
    problems.push({
      path: 'ipValues',
      message: 'give at least one address or range to enable IP restrictions',
    });
  }
  if (problems.length > 0) throw new ValidationError(problems);
  return merged;
};

const apiAccessOf = async (
  ctx: AttributesContext,
  input: ApiAccessInput,
  current: TokenRecord['apiAccess'],
) => {
  const type = input.type ?? current?.type ?? 'read-only';
  const permissions = input.permissions ?? (type === current?.type ? current.permissions : undefined) ?? {};
  const named = Object.keys(permissions);
  if (type !== 'custom' && input.permissions !== undefined && named.length > 0) {
    throw ValidationError.forField('permissions', `permissions apply to custom tokens only, not ${type}`);
  }
  if (type === 'custom' && !Object.values(permissions).some((actions) => actions.length > 0)) {
    throw ValidationError.forField(
      'permissions',
      'a custom token needs at least one action on one content type',
    );
  }
  const contentTypes = new Map(
    (await ctx.projects.listContentTypes(ctx.ownerId)).map((c) => [c.name, c.pluralName]),
  );
  const unknown = named.filter((name) => !contentTypes.has(name));
  if (unknown.length > 0) {
    throw new ValidationError(
      unknown.map((name) => ({
        path: `permissions.${name}`,
        message: 'no such content type in this project',
      })),
    );
  }
  const kept = type === 'custom' ? permissions : {};
  const byPath = Object.fromEntries(
    Object.entries(kept).map(([name, actions]) => [contentTypes.get(name)!, [...new Set(actions)]]),
  );
  return { type, permissions: kept, byPath };
};

/** A token may join only an identity of its own workspace or project. */
const identityOf = async (ctx: AttributesContext, identityId: string): Promise<string> => {
  const identity = await ctx.identities.get(identityId);
  if (identity?.scope !== ctx.scope) {
    throw ValidationError.forField('identityId', `no identity ${identityId} where this token lives`);
  }
  return identity.identityId;
};

const lifespanOf = (ctx: AttributesContext, lifespanDays: number | null): AttributeChanges => {
  const expiresAt = lifespanDays === null ? undefined : addDays(ctx.now, lifespanDays).toISOString();
  const { sweepShard, ttl } = expiryAttributes(ctx.kind, ctx.tokenId, ctx.now, expiresAt);
  return { lifespanDays, expiresAt, sweepShard, ttl };
};

/** What the requested attributes become on the record, merged over `current` when updating a token. */
export const resolveAttributes = async (
  ctx: AttributesContext,
  requested: TokenAttributes,
  current?: TokenRecord,
): Promise<AttributeChanges> => {
  const changes: AttributeChanges = {};
  if (requested.disabled !== undefined) changes.disabled = requested.disabled;
  if (
    ctx.kind.limitPer === 'environment' &&
    (current === undefined || requested.environmentId !== undefined)
  ) {
    const environmentId = await environmentOf(ctx, requested.environmentId);
    Object.assign(changes, { environmentId, counterKey: `environment#${environmentId}` });
  }
  if (requested.restrictions !== undefined)
    changes.restrictions = await restrictionsOf(ctx, requested.restrictions, current?.restrictions);
  if (requested.apiAccess !== undefined)
    changes.apiAccess = await apiAccessOf(ctx, requested.apiAccess, current?.apiAccess);
  if (requested.lifespanDays !== undefined) Object.assign(changes, lifespanOf(ctx, requested.lifespanDays));
  if (requested.rateLimit !== undefined) changes.rateLimit = requested.rateLimit ?? undefined;
  if (requested.identityId !== undefined)
    changes.identityId =
      requested.identityId === null ? undefined : await identityOf(ctx, requested.identityId);
  return changes;
};
