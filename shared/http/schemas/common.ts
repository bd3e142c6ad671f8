import * as z from 'zod';
// Plain-words field errors for every schema (a side effect on zod's configuration, once).
import './plain-errors.js';
import { CREDIT_BOUNDS, CREDIT_INTERVALS } from '../../domain/credits.js';
import { ERROR_CODE_NAMES } from '../../domain/error-codes.js';
import { OWNER_TYPES, TOKEN_KINDS } from '../../domain/kinds.js';
import { isPlainProse, isPlainText, UNSAFE_TEXT_MESSAGE } from '../../domain/plain-text.js';
import { RATE_LIMIT_BOUNDS } from '../../domain/rate-limit.js';
import { TOKEN_STATUSES } from '../../domain/token.js';

/** Building blocks shared by every route's schemas. */

export const ID_PATTERN = /^[0-9a-f]{24}$/;

export const resourceId = (what: string) =>
  z
    .string()
    .regex(ID_PATTERN, `must be a ${what} id (24 lowercase hex characters)`)
    .meta({
      description: `${what} id`,
      example: '65a1f0c2e4b0a1b2c3d4e5f6',
    });

export const displayName = z.string().trim().min(1).max(100).refine(isPlainText, UNSAFE_TEXT_MESSAGE);
export const description = z.string().trim().max(500).refine(isPlainProse, UNSAFE_TEXT_MESSAGE);

export const paginationQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).meta({ description: 'Items per page (1–100).' }),
  cursor: z.string().min(1).max(2048).optional().meta({ description: '`nextCursor` of the previous page.' }),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().optional().meta({ description: 'Present when more items exist.' }),
  });

/** On a single resource read: what the caller may do there, so a client offers only that. */
export const viewerPermissions = z.array(z.string()).optional().meta({
  description: 'Permissions you hold on this resource (e.g. `tokens:read`); present when read by id',
});

export const isoTime = z.iso.datetime().meta({ example: '2026-01-02T03:04:05.000Z' });

const creditCount = (bounds: { readonly min: number; readonly max: number }) =>
  z.number().int().min(bounds.min).max(bounds.max);

export const creditRefillSchema = z
  .strictObject({
    amount: creditCount(CREDIT_BOUNDS.amount),
    interval: z.enum(CREDIT_INTERVALS),
    dayOfMonth: creditCount(CREDIT_BOUNDS.dayOfMonth).optional().meta({
      description: 'Monthly refills: the day of the month a period starts (1–28). @default 1',
    }),
  })
  .refine((refill) => refill.dayOfMonth === undefined || refill.interval === 'monthly', {
    message: 'dayOfMonth is for monthly refills',
    path: ['dayOfMonth'],
  })
  .meta({ id: 'CreditRefill', description: 'Sets the balance to `amount` at the start of every period.' });

/** Credits to set: a balance, optionally refilled daily or monthly (lazily, at the first use of a period). */
export const creditsSchema = z
  .strictObject({ remaining: creditCount(CREDIT_BOUNDS.remaining), refill: creditRefillSchema.optional() })
  .meta({
    id: 'Credits',
    description:
      'Allowed verifications left; each spends 1 or its route’s cost. At 0 verifications get USAGE_EXCEEDED.',
  });

/** A change of credits: new ones, an atomic top-up (`add`), or `null` to remove them. */
export const creditsChangeSchema = z
  .union([
    creditsSchema,
    z.strictObject({ add: creditCount(CREDIT_BOUNDS.amount) }).meta({ id: 'CreditTopUp' }),
  ])
  .nullable();

export const creditsView = z
  .object({ remaining: z.number(), refill: creditRefillSchema.nullable() })
  .meta({ id: 'CreditBalance' });

/** An optional per-token rate limit; `null` on update removes it. */
export const rateLimitSchema = z
  .strictObject({
    limit: z.number().int().min(RATE_LIMIT_BOUNDS.limit.min).max(RATE_LIMIT_BOUNDS.limit.max),
    windowSeconds: z
      .number()
      .int()
      .min(RATE_LIMIT_BOUNDS.windowSeconds.min)
      .max(RATE_LIMIT_BOUNDS.windowSeconds.max),
  })
  .meta({
    id: 'RateLimit',
    description: 'At most `limit` allowed requests per fixed window of `windowSeconds`; more get 429.',
  });

/**
 * The metering fields every kind of token shares — a rate limit, credits and the identity whose limits it also
 * counts against — on create, and on update (where `null` removes and credits may be topped up).
 */
export const usageCreateFields = {
  rateLimit: rateLimitSchema.optional(),
  credits: creditsSchema.optional(),
  identityId: resourceId('identity')
    .optional()
    .meta({ description: 'The identity the token belongs to; it shares that identity’s limits.' }),
};

export const usageUpdateFields = {
  rateLimit: rateLimitSchema.nullable().optional(),
  credits: creditsChangeSchema.optional(),
  identityId: resourceId('identity')
    .nullable()
    .optional()
    .meta({ description: 'Moves the token to this identity; `null` takes it out of its identity.' }),
};

/** The metering fields a body names, passed on as given (absent ones stay absent: unchanged). */
export const usageSettingsOf = (body: {
  readonly rateLimit?: z.infer<typeof rateLimitSchema> | null | undefined;
  readonly credits?: z.infer<typeof creditsChangeSchema> | undefined;
  readonly identityId?: string | null | undefined;
}) => ({
  ...(body.rateLimit === undefined ? {} : { rateLimit: body.rateLimit }),
  ...(body.credits === undefined ? {} : { credits: body.credits }),
  ...(body.identityId === undefined ? {} : { identityId: body.identityId }),
});

export const errorBody = z
  .object({
    code: z.enum(ERROR_CODE_NAMES).meta({ example: 'validation_error' }),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string(),
  })
  .meta({ id: 'Error' });

export const tokenView = z
  .object({
    id: z.string().meta({ example: '9f86d081884c7d659a2feaa0' }),
    kind: z.enum(TOKEN_KINDS),
    ownerType: z.enum(OWNER_TYPES),
    ownerId: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    start: z.string().meta({ description: 'Public beginning of the token, for recognising it.' }),
    scopes: z.record(z.string(), z.enum(['none', 'read', 'write'])).nullable(),
    status: z.enum(TOKEN_STATUSES),
    createdAt: isoTime,
    createdBy: z.string(),
    updatedAt: isoTime,
    lastUsedAt: isoTime.nullable(),
    recentSources: z
      .array(z.object({ ip: z.string(), at: isoTime }))
      .meta({ description: 'The addresses it was last used from, newest first (at most five).' }),
    staleAt: isoTime.nullable().meta({ description: 'Expires at this time unless used before.' }),
    expiresAt: isoTime.nullable().meta({ description: 'Fixed end of life, if any.' }),
    revokedAt: isoTime.nullable(),
    rateLimit: rateLimitSchema.nullable(),
    credits: creditsView.nullable().meta({ description: 'Its credits, if it has any.' }),
    identityId: z.string().nullable().meta({ description: 'The identity it belongs to, if any.' }),
    rotatedAt: isoTime.nullable().meta({ description: 'When it was last regenerated or rotated itself.' }),
    rotatedBy: z
      .string()
      .nullable()
      .meta({ description: 'Principal id of who regenerated it last, or `self` for a self-rotation.' }),
    leakedAt: isoTime.nullable().meta({ description: 'When a leak report with its value revoked it.' }),
    reuseDetectedAt: isoTime
      .nullable()
      .meta({ description: 'When a rotated-out value of it was presented, which revoked it.' }),
  })
  .meta({ id: 'Token' });

export const issuedTokenView = tokenView
  .extend({
    token: z.string().meta({ description: 'The token value. Shown once: store it now.' }),
  })
  .meta({ id: 'IssuedToken' });

const listedAt = (description: string) => z.iso.datetime({ offset: true }).optional().meta({ description });

/** The inventory filters (`shared/domain/token-inventory.ts`); a filtered page may hold fewer than `limit`. */
export const tokenListQuery = paginationQuery.extend({
  name: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: 'Only tokens whose name contains this, in any case.' }),
  status: z.enum(TOKEN_STATUSES).optional().meta({ description: 'Only tokens in this status.' }),
  createdBy: resourceId('principal').optional().meta({ description: 'Only tokens this principal created.' }),
  createdBefore: listedAt('Only tokens created before this time.'),
  createdAfter: listedAt('Only tokens created after this time.'),
  lastUsedBefore: listedAt('Only tokens last used before this time (never-used tokens do not match).'),
  lastUsedAfter: listedAt('Only tokens last used after this time.'),
  unusedForDays: z.coerce.number().int().min(1).max(3_650).optional().meta({
    description: 'Only tokens not used for this many days (never-used ones counted from creation).',
  }),
});
