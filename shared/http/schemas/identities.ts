import * as z from 'zod';
import { IDENTITY_BOUNDS } from '../../domain/identity.js';
import { isPlainText, UNSAFE_TEXT_MESSAGE } from '../../domain/plain-text.js';
import {
  creditsChangeSchema,
  creditsSchema,
  creditsView,
  isoTime,
  paginationQuery,
  rateLimitSchema,
  resourceId,
} from './common.js';

/** Schemas of identities: who outside Keyward tokens belong to, with limits their tokens share. */

const externalId = z
  .string()
  .min(IDENTITY_BOUNDS.externalId.min)
  .max(IDENTITY_BOUNDS.externalId.max)
  .refine(isPlainText, UNSAFE_TEXT_MESSAGE)
  .meta({
    description: 'Your own id for it (a customer id), unique in its workspace or project.',
    example: 'cus_42',
  });

const identityMeta = z
  .record(z.string(), z.unknown())
  .refine((meta) => Buffer.byteLength(JSON.stringify(meta)) <= IDENTITY_BOUNDS.metaBytes, {
    message: `metadata must be ${IDENTITY_BOUNDS.metaBytes} bytes of JSON or less`,
  })
  .meta({ description: 'Anything you want to keep with it (a plan, a name).' });

export const identityBodies = {
  create: z
    .strictObject({
      externalId,
      meta: identityMeta.optional(),
      rateLimit: rateLimitSchema.optional().meta({ description: 'Shared by all its tokens.' }),
      credits: creditsSchema.optional().meta({ description: 'Shared by all its tokens.' }),
    })
    .meta({ id: 'CreateIdentity' }),
  update: z
    .strictObject({
      externalId: externalId.optional(),
      meta: identityMeta.optional(),
      rateLimit: rateLimitSchema.nullable().optional(),
      credits: creditsChangeSchema.optional(),
    })
    .meta({ id: 'UpdateIdentity' }),
};

export const identityView = z
  .object({
    id: z.string(),
    externalId: z.string(),
    meta: z.record(z.string(), z.unknown()),
    rateLimit: rateLimitSchema.nullable(),
    credits: creditsView.nullable(),
    createdAt: isoTime,
    createdBy: z.string(),
    updatedAt: isoTime,
  })
  .meta({ id: 'Identity' });

export const identityListQuery = paginationQuery.extend({
  externalId: externalId.optional().meta({ description: 'Only the identity with this external id.' }),
});

export const identityPathParams = {
  workspace: z.object({ workspaceId: resourceId('workspace'), identityId: resourceId('identity') }),
  project: z.object({ projectId: resourceId('project'), identityId: resourceId('identity') }),
};
