import * as z from 'zod';
import { GRACE_PERIOD_BOUNDS } from '../../domain/rotation.js';
import {
  hasAnyAccess,
  type ScopeCatalogue,
  type ScopeLevel,
  type Scopes,
  siteScopeCatalogue,
  workspaceScopeCatalogue,
} from '../../domain/scopes.js';
import { description, displayName, resourceId, usageCreateFields, usageUpdateFields } from './common.js';

/** Request bodies of the site, workspace and admin-key token routes. */

/**
 * One optional level per API of the catalogue. Unknown APIs are rejected, and APIs a kind can never hold
 * are rejected with the reason, so `{ authorization: 'read' }` explains itself.
 */
export const scopesSchema = (catalogue: ScopeCatalogue) =>
  z
    .strictObject(
      Object.fromEntries(
        catalogue.apis.map((api) => [
          api,
          z.enum(catalogue.levels as [ScopeLevel, ...ScopeLevel[]]).optional(),
        ]),
      ),
      {
        error: (issue) => {
          if (issue.code !== 'unrecognized_keys') return undefined;
          return issue.keys
            .map(
              (key) =>
                `"${key}" ${catalogue.neverGrantable[key] ?? `is not an API; use one of ${catalogue.apis.join(', ')}`}`,
            )
            .join('; ');
        },
      },
    )
    .refine((scopes) => hasAnyAccess(scopes as Record<string, 'none'>), {
      message: 'grant at least one scope above "none"',
      // Only meaningful once the keys themselves are valid.
      when: (payload) => payload.issues.length === 0,
    })
    .meta({ description: `Access level per API: ${catalogue.levels.join(' | ')}.` });

const tokenName = displayName.meta({
  description: 'A descriptive name, e.g. "CI deploys".',
  example: 'CMS sync',
});

const scopedTokenBodies = (catalogue: ScopeCatalogue, id: string) => ({
  create: z
    .strictObject({
      name: tokenName,
      description: description.optional(),
      scopes: scopesSchema(catalogue),
      ...usageCreateFields,
    })
    .meta({ id: `Create${id}` }),
  update: z
    .strictObject({
      name: tokenName.optional(),
      description: description.nullable().optional(),
      scopes: scopesSchema(catalogue).optional(),
      ...usageUpdateFields,
    })
    .meta({ id: `Update${id}` }),
});

export const siteTokenBodies = scopedTokenBodies(siteScopeCatalogue, 'SiteToken');
export const workspaceTokenBodies = scopedTokenBodies(workspaceScopeCatalogue, 'WorkspaceToken');

export const adminKeyBodies = {
  create: z
    .strictObject({
      name: tokenName,
      description: description.optional(),
      lifespanDays: z.number().int().min(1).max(3650).nullable().default(null).meta({
        description: 'Days until the key expires; null for no expiry.',
      }),
    })
    .meta({ id: 'CreateAdminKey' }),
  update: z
    .strictObject({ name: tokenName.optional(), description: description.nullable().optional() })
    .meta({ id: 'UpdateAdminKey' }),
};

export const regenerateBody = z
  .strictObject({
    gracePeriodSeconds: z
      .number()
      .int()
      .min(GRACE_PERIOD_BOUNDS.min)
      .max(GRACE_PERIOD_BOUNDS.max)
      .default(0)
      .meta({
        description: 'Seconds the previous value keeps working (rolling rotation). 0 ends it now.',
      }),
  })
  .meta({ id: 'RegenerateToken' });

export const tokenPathParams = {
  site: z.object({ siteId: resourceId('site') }),
  siteToken: z.object({ siteId: resourceId('site'), tokenId: resourceId('token') }),
  workspace: z.object({ workspaceId: resourceId('workspace') }),
  workspaceToken: z.object({ workspaceId: resourceId('workspace'), tokenId: resourceId('token') }),
  principal: z.object({ principalId: resourceId('principal') }),
  adminKey: z.object({ principalId: resourceId('principal'), tokenId: resourceId('token') }),
};

/** The levels given, without the APIs left out (an optional field of the body is absent, never undefined). */
const givenScopes = (scopes: Readonly<Record<string, ScopeLevel | undefined>>): Scopes =>
  Object.fromEntries(Object.entries(scopes).filter(([, level]) => level !== undefined)) as Scopes;

type ScopedCreate = z.output<ReturnType<typeof scopedTokenBodies>['create']>;
type ScopedUpdate = z.output<ReturnType<typeof scopedTokenBodies>['update']>;

/** Site, workspace and admin-key bodies as the token service's input: the same fields, scopes as given. */
export const scopedTokenInput = ({ scopes, ...rest }: ScopedCreate) => ({
  ...rest,
  ...(scopes === undefined ? {} : { scopes: givenScopes(scopes) }),
});

export const scopedTokenPatch = ({ scopes, ...rest }: ScopedUpdate) => ({
  ...rest,
  ...(scopes === undefined ? {} : { scopes: givenScopes(scopes) }),
});

export const revealedTokenView = z
  .object({
    id: z.string(),
    token: z.string().meta({ description: 'The token value, as it was issued. Answered with `no-store`.' }),
  })
  .meta({ id: 'RevealedToken' });

/** `POST …/tokens/revoke-by-creator`: every active token of the owner that one principal created. */
export const revokeByCreatorBody = z
  .strictObject({ createdBy: resourceId('principal') })
  .meta({ id: 'RevokeByCreator' });

export const revokedByCreatorView = z
  .object({
    revoked: z
      .array(z.string())
      .meta({ description: 'Ids of the tokens revoked (or deleted, for kinds whose delete removes).' }),
  })
  .meta({ id: 'RevokedByCreator' });
