import { tokenPolicyService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { tenantOf } from '../../shared/http/route-targets.js';
import { compromiseRoutes } from '../../shared/http/routes/compromise.js';
import { tokenPolicyBody } from '../../shared/http/schemas/compromise.js';

export const operation = authenticated(
  { body: tokenPolicyBody },
  { tokenPolicies: tokenPolicyService },
  async ({ route, params, body, actor, meta }, { tokenPolicies }) => {
    const { type, id } = tenantOf(route, params);
    return ok(await tokenPolicies.put(actor, meta, type, id, body));
  },
);

export const handler = httpHandler(operation, { routes: compromiseRoutes });
