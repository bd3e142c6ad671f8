import * as z from 'zod';
import { isReservedKey, RESERVED_KEY_MESSAGE } from '../../domain/reserved-keys.js';
import { displayName, isoTime, resourceId, viewerPermissions } from './common.js';

/** Schemas of projects, their environments and content types (their tokens: project-tokens.ts). */

/** A content type's or environment's API id (`article`): what content permissions name too. */
export const apiId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,62}$/, 'must start with a letter and use lowercase letters, digits and hyphens')
  // Content type names are keys of custom tokens' permissions.
  .refine((id) => !isReservedKey(id), RESERVED_KEY_MESSAGE);

export const projectBodies = {
  create: z.strictObject({ name: displayName.meta({ example: 'Blog' }) }).meta({ id: 'CreateProject' }),
  environment: z.strictObject({ name: apiId.meta({ example: 'staging' }) }).meta({ id: 'CreateEnvironment' }),
  contentType: z
    .strictObject({
      name: apiId.meta({ example: 'article' }),
      pluralName: apiId.meta({ example: 'articles' }),
    })
    .refine((body) => body.name !== body.pluralName, {
      message: 'must differ from name',
      path: ['pluralName'],
    })
    .meta({ id: 'CreateContentType' }),
};

export const projectView = z
  .object({ id: z.string(), name: z.string(), createdAt: isoTime, createdBy: z.string(), viewerPermissions })
  .meta({ id: 'Project' });
export const environmentView = z
  .object({ id: z.string(), projectId: z.string(), name: z.string(), createdAt: isoTime })
  .meta({ id: 'Environment' });
export const contentTypeView = z
  .object({ name: z.string(), pluralName: z.string(), projectId: z.string(), createdAt: isoTime })
  .meta({ id: 'ContentType' });

export const projectPathParams = {
  project: z.object({ projectId: resourceId('project') }),
  environment: z.object({ projectId: resourceId('project'), environmentId: resourceId('environment') }),
  token: z.object({ projectId: resourceId('project'), tokenId: resourceId('token') }),
  member: z.object({ projectId: resourceId('project'), principalId: resourceId('principal') }),
};
