import * as z from 'zod';
import { USAGE_BOUNDS, USAGE_GRANULARITIES } from '../../domain/usage.js';
import { VERIFICATION_CODES } from '../../verify/outcome.js';
import { isoTime } from './common.js';

/** Schemas of verification analytics. */

export const usageQuery = z.object({
  from: isoTime
    .optional()
    .meta({ description: 'Start (rounded down to the granularity). @default a day or 30 days before `to`' }),
  to: isoTime.optional().meta({ description: 'End (rounded up to the granularity). @default now' }),
  granularity: z
    .enum(USAGE_GRANULARITIES)
    .default('hour')
    .meta({ description: `Bucket size. Ranges cover ${USAGE_BOUNDS.maxRangeDays} days at most.` }),
});

const counts = z
  .partialRecord(z.enum(VERIFICATION_CODES as [string, ...string[]]), z.number().int())
  .meta({ description: 'Verifications by outcome code (codes with none are left out).' });

export const usageView = z
  .object({
    from: isoTime,
    to: isoTime,
    granularity: z.enum(USAGE_GRANULARITIES),
    total: z.number().int(),
    totals: counts,
    buckets: z.array(z.object({ start: isoTime, total: z.number().int(), counts })),
    lastUsedAt: isoTime.nullable().optional().meta({
      description: 'For a token: when it was last allowed. Counts reach the store within a minute.',
    }),
  })
  .meta({ id: 'Usage' });
