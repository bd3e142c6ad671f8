import * as z from 'zod';
import { LEAK_REPORT_LIMITS } from '../../domain/leak-report.js';
import { GRACE_PERIOD_BOUNDS, SELF_ROTATION } from '../../domain/rotation.js';

/** Schemas of the compromise-response routes: leak reports, self-rotation, token policies. */

export const leakReportBody = z
  .strictObject({
    tokens: z
      .array(z.string())
      .min(1)
      .meta({
        description: `Token values found exposed, at most ${LEAK_REPORT_LIMITS.maxTokens} (more: 413). Values that are not Keyward tokens are counted as malformed.`,
      }),
    source: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'Who found them.', example: 'gitleaks' }),
    url: z.string().trim().min(1).max(2_048).optional().meta({ description: 'Where they were found.' }),
  })
  .meta({ id: 'LeakReport' });

export const leakReportReceipt = z
  .object({
    received: z.number().int(),
    wellFormed: z
      .number()
      .int()
      .meta({ description: 'Values shaped like Keyward tokens with a valid checksum.' }),
    malformed: z.number().int(),
  })
  .meta({ id: 'LeakReportReceipt' });

export const selfRotateBody = z
  .strictObject({
    gracePeriodSeconds: z
      .number()
      .int()
      .min(GRACE_PERIOD_BOUNDS.min)
      .max(SELF_ROTATION.maxGraceSeconds)
      .default(SELF_ROTATION.defaultGraceSeconds)
      .meta({ description: 'Seconds the presented value keeps working, so callers can switch over.' }),
  })
  .meta({ id: 'RotateSelf' });

export const tokenPolicyBody = z
  .strictObject({
    reuseDetection: z.boolean().meta({
      description:
        'Revoke a token when a value it was rotated away from is presented after its grace period.',
    }),
  })
  .meta({ id: 'TokenPolicyInput' });

export const tokenPolicyView = z
  .object({
    scope: z.enum(['workspace', 'project']),
    id: z.string(),
    reuseDetection: z.boolean(),
  })
  .meta({ id: 'TokenPolicy' });
