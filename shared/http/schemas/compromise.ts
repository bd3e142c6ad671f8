import * as z from 'zod';
import { API_TOKEN_TYPES } from '../../domain/content-access.js';
import { LEAK_REPORT_LIMITS } from '../../domain/leak-report.js';
import { GRACE_PERIOD_BOUNDS, REUSE_SETTLE_SECONDS, SELF_ROTATION } from '../../domain/rotation.js';
import { SCOPE_LEVELS, SITE_APIS, WORKSPACE_APIS } from '../../domain/scopes.js';
import { DEFAULT_TOKEN_POLICY, TOKEN_POLICY_BOUNDS } from '../../domain/token-policy.js';

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

const policyRules = {
  maxLifetimeDays: z
    .number()
    .int()
    .min(TOKEN_POLICY_BOUNDS.maxLifetimeDays.min)
    .max(TOKEN_POLICY_BOUNDS.maxLifetimeDays.max)
    .optional()
    .meta({
      description:
        'API tokens need a lifespan within it; site and workspace tokens get an end date within it.',
    }),
  scopeCeiling: z
    .partialRecord(z.enum([...new Set([...SITE_APIS, ...WORKSPACE_APIS])]), z.enum(SCOPE_LEVELS))
    .optional()
    .meta({
      description: 'The most each API may be granted to site and workspace tokens (absent APIs: none).',
    }),
  apiTokenTypes: z.array(z.enum(API_TOKEN_TYPES)).min(1).optional().meta({
    description: 'The API token types that may be created.',
  }),
  requireIpRestrictions: z
    .boolean()
    .optional()
    .meta({ description: 'Project tokens must have IP restrictions on.' }),
  minSecretKeyLength: z
    .number()
    .int()
    .min(TOKEN_POLICY_BOUNDS.minSecretKeyLength.min)
    .max(TOKEN_POLICY_BOUNDS.minSecretKeyLength.max)
    .optional()
    .meta({ description: 'The shortest secret key a project token may be given.' }),
};

export const tokenPolicyBody = z
  .strictObject({
    reuseDetection: z
      .boolean()
      .default(DEFAULT_TOKEN_POLICY.reuseDetection)
      .meta({
        description: `Revoke a token when a value it was rotated away from is presented more than ${REUSE_SETTLE_SECONDS} s after its grace period ended (sooner is late traffic, refused like an unknown value). Off unless turned on.`,
      }),
    revealable: z.boolean().default(DEFAULT_TOKEN_POLICY.revealable).meta({
      description:
        'Keep new token values sealed so admins can see them again (`POST …/{tokenId}/reveal`). Turning it off deletes every kept value; values made while it is off are never kept.',
    }),
    ...policyRules,
  })
  .meta({ id: 'TokenPolicyInput', description: 'The whole policy: rules left out are removed.' });

export const tokenPolicyView = z
  .object({
    scope: z.enum(['workspace', 'project']),
    id: z.string(),
    reuseDetection: z.boolean(),
    revealable: z.boolean(),
    ...policyRules,
    violations: z
      .array(
        z.object({
          tokenId: z.string(),
          name: z.string(),
          kind: z.string(),
          problems: z.array(z.object({ path: z.string(), message: z.string() })),
        }),
      )
      .meta({ description: 'Active tokens that break the policy: listed, never changed.' }),
  })
  .meta({ id: 'TokenPolicy' });
