import type { APIGatewayAuthorizerResult, APIGatewayTokenAuthorizerEvent } from 'aws-lambda';
import { type Verifier, verifierFromEnvironment } from '../../shared/composition/verifier.js';
import type { Logger } from '../../shared/observability/logger.js';
import { decide } from './authorization.js';
import { iamPolicy, parseMethodArn, UnauthorizedSignal, UnavailableSignal } from './iam-policy.js';

/** Denials that hold for every route, not only the one being called. */
const WHOLLY_DENIED = new Set(['RATE_LIMITED', 'USAGE_EXCEEDED']);

/**
 * REST API TOKEN authorizer. API Gateway caches its answer by token alone, so the policy lists every
 * route the token may call (from the route policy, bound to its own site or workspace) rather than just
 * the route being called: a cached policy then stays right for the token's next request to any route.
 */
export const createRestTokenAuthorizer =
  (verifier: () => Verifier, logger?: Logger) =>
  async (event: APIGatewayTokenAuthorizerEvent): Promise<APIGatewayAuthorizerResult> => {
    const { stageArn, method, path } = parseMethodArn(event.methodArn);
    const current = verifier();
    const decision = await decide(
      current,
      { requestId: event.methodArn, authorization: event.authorizationToken, method, path },
      logger ?? verifier().logger,
    );
    if (decision.effect === 'unauthorized') throw new UnauthorizedSignal(decision.code);
    if (decision.effect === 'unavailable') throw new UnavailableSignal(decision.code);
    const token = decision.result?.token;
    const allowed =
      token === undefined || WHOLLY_DENIED.has(decision.code)
        ? []
        : current.dependencies
            .policy!.allowedRoutes(token)
            .map((route) => `${stageArn}/${route.method}${route.path}`);
    const principal = decision.context?.tokenId ?? 'anonymous';
    return allowed.length === 0
      ? iamPolicy(principal, 'Deny', [`${stageArn}/*`], decision.context ?? { code: decision.code })
      : iamPolicy(principal, 'Allow', allowed, decision.context);
  };

let verifier: Verifier | undefined;
export const handler = createRestTokenAuthorizer(() => (verifier ??= verifierFromEnvironment()));
