import * as z from 'zod';
import { API_TOKEN_LIFESPANS, API_TOKEN_TYPES, CONTENT_ACTIONS } from '../../domain/content-access.js';
import { isIpOrCidr } from '../../domain/ip-values.js';
import type { TokenInput } from '../../services/tokens/mint-token.js';
import type { TokenPatch } from '../../services/tokens/token-service.js';
import {
  description,
  displayName,
  isoTime,
  resourceId,
  tokenView,
  usageCreateFields,
  usageSettingsOf,
  usageUpdateFields,
} from './common.js';
import { apiId } from './projects.js';

/** Schemas of a project's tokens: project (delivery) tokens and API tokens, with the seeds' attribute names. */

/* Project (delivery) tokens, with the seed's names. */

const ipValue = z.string().max(64).refine(isIpOrCidr, 'must be an IPv4 or IPv6 address or CIDR range');
const headerName = z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,128}$/, 'must be a header name');

const deliveryFields = {
  title: displayName.meta({ description: 'Name for your token', example: 'Production website' }),
  description: description.optional(),
  disabled: z.boolean().optional().meta({ description: 'Disable token from being used' }),
  environment: resourceId('environment').optional().meta({
    description: 'The ID of the environment to associate with the token (default: the first environment)',
  }),
  ipRestrictionsEnabled: z.boolean().optional(),
  ipValues: z.array(ipValue).max(100).optional().meta({ description: 'IPv4/IPv6 addresses and CIDR ranges' }),
  secretKeyEnabled: z.boolean().optional(),
  secretKey: z
    .string()
    .min(12)
    .max(256)
    .optional()
    .meta({ description: 'Write-only; sent as `x-token-secret`' }),
  requiredHeaders: z.record(headerName, z.string().max(1024)).optional().meta({
    description: 'Headers every request must carry with exactly these values',
  }),
  ...usageUpdateFields,
};

export const deliveryTokenBodies = {
  create: z.strictObject({ ...deliveryFields, ...usageCreateFields }).meta({ id: 'CreateProjectToken' }),
  update: z
    .strictObject({ ...deliveryFields, title: deliveryFields.title.optional() })
    .meta({ id: 'UpdateProjectToken' }),
};

type DeliveryBody = z.infer<typeof deliveryTokenBodies.update>;

const restrictionsOf = (body: DeliveryBody) => {
  const restrictions = {
    ...(body.ipRestrictionsEnabled === undefined
      ? {}
      : { ipRestrictionsEnabled: body.ipRestrictionsEnabled }),
    ...(body.ipValues === undefined ? {} : { ipValues: body.ipValues }),
    ...(body.secretKeyEnabled === undefined ? {} : { secretKeyEnabled: body.secretKeyEnabled }),
    ...(body.secretKey === undefined ? {} : { secretKey: body.secretKey }),
    ...(body.requiredHeaders === undefined ? {} : { requiredHeaders: body.requiredHeaders }),
  };
  return Object.keys(restrictions).length === 0 ? {} : { restrictions };
};

const deliverySettings = (body: DeliveryBody) => ({
  ...(body.description === undefined ? {} : { description: body.description }),
  ...(body.disabled === undefined ? {} : { disabled: body.disabled }),
  ...(body.environment === undefined ? {} : { environmentId: body.environment }),
  ...restrictionsOf(body),
  ...usageSettingsOf(body),
});

export const deliveryTokenInput = (body: z.output<typeof deliveryTokenBodies.create>): TokenInput => ({
  name: body.title,
  restrictions: {},
  ...deliverySettings(body),
});

export const deliveryTokenPatch = (body: z.output<typeof deliveryTokenBodies.update>): TokenPatch => ({
  ...(body.title === undefined ? {} : { name: body.title }),
  ...deliverySettings(body),
});

export const deliveryTokenView = tokenView
  .extend({
    title: z.string(),
    environment: z.string().nullable(),
    disabled: z.boolean(),
    ipRestrictionsEnabled: z.boolean(),
    ipValues: z.array(z.string()),
    secretKeyEnabled: z.boolean(),
    requiredHeaders: z.record(z.string(), z.string()),
  })
  .meta({ id: 'ProjectToken' });

export const requestLogView = z
  .object({
    id: z.string(),
    at: isoTime,
    method: z.string(),
    path: z.string(),
    query: z.string(),
    userAgent: z.string().nullable().meta({ description: 'At most 512 characters' }),
    sourceIp: z.string().nullable(),
    country: z
      .string()
      .nullable()
      .meta({ description: 'From a trusted geo source only (KEYWARD_GEO_SOURCE)' }),
    city: z.string().nullable(),
    outcome: z.string().meta({ description: 'VALID, or why the request was refused (e.g. FORBIDDEN)' }),
    refusalsNotLogged: z.number().int().optional().meta({
      description:
        'Refused requests of this token not logged since the previous logged refusal (refusals are logged at most once a second)',
    }),
  })
  .meta({ id: 'RequestLogEntry' });

/* API tokens (Strapi-style). */

const permissions = z.record(apiId, z.array(z.enum(CONTENT_ACTIONS)).max(CONTENT_ACTIONS.length)).meta({
  description: 'For custom tokens: actions per content type name, e.g. {"article": ["find", "findOne"]}',
});
const lifespan = z
  .union(
    API_TOKEN_LIFESPANS.map((days) => z.literal(days)) as [
      z.ZodLiteral<7>,
      z.ZodLiteral<30>,
      z.ZodLiteral<90>,
      z.ZodLiteral<null>,
    ],
  )
  .meta({ description: 'Days the token lives: 7, 30, 90, or null for unlimited' });

export const apiTokenBodies = {
  create: z
    .strictObject({
      name: displayName,
      description: description.optional(),
      type: z.enum(API_TOKEN_TYPES),
      lifespan: lifespan.default(null),
      permissions: permissions.optional(),
      ...usageCreateFields,
    })
    .meta({ id: 'CreateApiToken' }),
  update: z
    .strictObject({
      name: displayName.optional(),
      description: description.nullable().optional(),
      type: z.enum(API_TOKEN_TYPES).optional(),
      lifespan: lifespan.optional().meta({ description: 'A new lifespan counts from now' }),
      permissions: permissions.optional(),
      ...usageUpdateFields,
    })
    .meta({ id: 'UpdateApiToken' }),
};

type ApiTokenBody = z.infer<typeof apiTokenBodies.update>;

const apiAccessOf = (body: ApiTokenBody) =>
  body.type === undefined && body.permissions === undefined
    ? {}
    : {
        apiAccess: {
          ...(body.type === undefined ? {} : { type: body.type }),
          ...(body.permissions === undefined ? {} : { permissions: body.permissions }),
        },
      };

export const apiTokenInput = (body: z.output<typeof apiTokenBodies.create>): TokenInput => ({
  name: body.name,
  ...(body.description === undefined ? {} : { description: body.description }),
  lifespanDays: body.lifespan,
  ...apiAccessOf(body),
  ...usageSettingsOf(body),
});

export const apiTokenPatch = (body: ApiTokenBody): TokenPatch => ({
  ...(body.name === undefined ? {} : { name: body.name }),
  ...(body.description === undefined ? {} : { description: body.description }),
  ...(body.lifespan === undefined ? {} : { lifespanDays: body.lifespan }),
  ...apiAccessOf(body),
  ...usageSettingsOf(body),
});

export const apiTokenView = tokenView
  .extend({
    type: z.enum(API_TOKEN_TYPES),
    permissions: z.record(z.string(), z.array(z.enum(CONTENT_ACTIONS))),
    lifespan: z.number().nullable(),
  })
  .meta({ id: 'ApiToken' });
