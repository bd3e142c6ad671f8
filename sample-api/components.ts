import { component } from '../shared/composition/container.js';
import { auditRepository, clock, tokenRepository, workspaceRepository } from '../shared/composition/store.js';
import { authorizerVerification } from '../shared/composition/verification.js';
import { RoutePolicy } from '../shared/verify/route-policy.js';
import type { VerificationDependencies } from '../shared/verify/verify-token.js';
import { sampleRoutePolicy } from './routes.js';
import { SampleDataService } from './sample-data-service.js';

/** The sample Data API's own part, composed from Keyward's repositories like any service. */
export const sampleDataService = /* @__PURE__ */ component(
  'sampleDataService',
  (c) =>
    new SampleDataService({
      workspaces: c.get(workspaceRepository),
      tokens: c.get(tokenRepository),
      events: c.get(auditRepository),
      clock: c.get(clock),
    }),
);

/**
 * Verification as `POST /graphql` asks it for each field: the authorizer's pipeline (cached, the change feed
 * evicting), judged against the sample API's own route policy, so a field is allowed exactly when the REST
 * route it stands for would be.
 */
export const contentFieldVerification = /* @__PURE__ */ component(
  'contentFieldVerification',
  (c): VerificationDependencies => ({
    ...c.get(authorizerVerification),
    policy: new RoutePolicy(sampleRoutePolicy),
  }),
);
