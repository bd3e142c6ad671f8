import type { KeywardClient } from '../../client/index.js';
import type { TenantType } from '../../shared/domain/directory.js';
import {
  DEFAULT_TOKEN_POLICY,
  type PolicySubject,
  policyViolations,
  type TokenPolicy,
} from '../../shared/domain/token-policy.js';

/** Said beside every choice a form disables because the owner's token policy rules it out. */
export const OUTSIDE_POLICY = 'Outside the token policy';

/**
 * The token policy forms are held to. One who may not read it (a site's member who is not a member of its
 * workspace) gets none: the API holds every change to the policy anyway, the forms only spare a refusal.
 */
export const loadTokenPolicy = async (
  client: KeywardClient,
  tenant: TenantType,
  id: string,
): Promise<TokenPolicy> => {
  const { data } =
    tenant === 'workspace'
      ? await client.GET('/v1/workspaces/{workspaceId}/token-policy', {
          params: { path: { workspaceId: id } },
        })
      : await client.GET('/v1/projects/{projectId}/token-policy', { params: { path: { projectId: id } } });
  return data ?? DEFAULT_TOKEN_POLICY;
};

/**
 * Whether the policy rules a choice out — judged by the rules the API enforces (`policyViolations`), so a form
 * never offers what a save would refuse, nor hides what it would take.
 */
export const outsidePolicy = (policy: TokenPolicy, subject: PolicySubject): boolean =>
  policyViolations(policy, subject).length > 0;
