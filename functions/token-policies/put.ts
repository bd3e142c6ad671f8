import { tokenPolicyService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { resourceOf } from '../../shared/http/route-targets.js';
import type { PolicyHolder } from '../../shared/services/token-policy-service.js';
import type { TokenPolicy } from '../../shared/store/token-policy-repository.js';

export const operation = authenticated(
  { tokenPolicies: tokenPolicyService },
  async ({ route, params, body, actor, meta }, { tokenPolicies }) => {
    const { type, id } = resourceOf(route, params);
    return ok(await tokenPolicies.put(actor, meta, type as PolicyHolder, id, body as TokenPolicy));
  },
);

export const handler = httpHandler(operation);
