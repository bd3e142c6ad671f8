import { tokenPolicyService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { resourceOf } from '../../shared/http/route-targets.js';
import type { PolicyHolder } from '../../shared/services/token-policy-service.js';

export const operation = authenticated(
  { tokenPolicies: tokenPolicyService },
  async ({ route, params, actor }, { tokenPolicies }) => {
    const { type, id } = resourceOf(route, params);
    return ok(await tokenPolicies.get(actor, type as PolicyHolder, id));
  },
);

export const handler = httpHandler(operation);
