import { tokenPolicyService } from '../../shared/composition/services.js';
import { authenticated, httpHandler } from '../../shared/http/http-handler.js';
import { ok } from '../../shared/http/responses.js';
import { tenantOf } from '../../shared/http/route-targets.js';
import { compromiseRoutes } from '../../shared/http/routes/compromise.js';

export const operation = authenticated(
  {},
  { tokenPolicies: tokenPolicyService },
  async ({ route, params, actor }, { tokenPolicies }) => {
    const { type, id } = tenantOf(route, params);
    return ok(await tokenPolicies.get(actor, type, id));
  },
);

export const handler = httpHandler(operation, { routes: compromiseRoutes });
