import { isIP } from 'node:net';
import * as z from 'zod';
import { OWNER_TYPES, TOKEN_KINDS } from '../../domain/kinds.js';
import { VERIFICATION_CODES } from '../../verify/outcome.js';
import { HTTP_METHODS } from '../route.js';

export const verifyBody = z
  .strictObject({
    token: z
      .string()
      .min(1)
      .max(512)
      .meta({ description: 'The token presented to your API. Never echoed back.' }),
    method: z
      .enum([...HTTP_METHODS, 'HEAD'])
      .optional()
      .meta({ description: 'With `path`: check the route policy too.' }),
    path: z
      .string()
      .startsWith('/')
      .max(2048)
      .optional()
      .meta({ example: '/v2/sites/65a1f0c2e4b0a1b2c3d4e5f6' }),
    sourceIp: z
      .string()
      .max(45)
      .refine((value) => isIP(value) !== 0, 'must be an IPv4 or IPv6 address')
      .optional()
      .meta({ example: '203.0.113.9' }),
    headers: z.record(z.string().max(256), z.string().max(8192)).optional(),
  })
  .refine((body) => (body.method === undefined) === (body.path === undefined), {
    message: 'give method and path together',
    path: ['path'],
  })
  .meta({ id: 'VerifyRequest' });

export const verificationResult = z
  .object({
    valid: z.boolean(),
    code: z.enum(VERIFICATION_CODES as [string, ...string[]]),
    token: z
      .object({
        id: z.string(),
        kind: z.enum(TOKEN_KINDS),
        ownerType: z.enum(OWNER_TYPES),
        ownerId: z.string(),
        workspaceId: z.string().optional(),
        scopes: z.record(z.string(), z.string()).nullable(),
        createdAt: z.string(),
        lastUsedAt: z.string().nullable(),
        expiresAt: z.string().nullable(),
        staleAt: z.string().nullable(),
      })
      .optional()
      .meta({ description: 'Present once the token is identified (not for MALFORMED or NOT_FOUND).' }),
    retryAfterSeconds: z.number().int().optional().meta({
      description:
        'For RATE_LIMITED: seconds until the rate limit window resets; for USAGE_EXCEEDED: until the credits refill.',
    }),
    creditsRemaining: z.number().int().optional().meta({
      description: 'For a token with credits: what is left after this verification spent its cost.',
    }),
    identity: z
      .object({
        id: z.string(),
        externalId: z.string(),
        creditsRemaining: z.number().int().optional().meta({
          description: 'For an identity with credits: what is left after this verification spent its cost.',
        }),
      })
      .optional()
      .meta({ description: 'On a valid verification: the identity the token belongs to, if any.' }),
  })
  .meta({ id: 'VerificationResult' });
