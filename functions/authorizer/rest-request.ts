import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { type Verifier, verifierFromEnvironment } from '../../shared/composition/verifier.js';
import type { Logger } from '../../shared/observability/logger.js';
import { decide } from './authorization.js';
import { iamPolicy, parseMethodArn, UnauthorizedSignal, UnavailableSignal } from './iam-policy.js';

/**
 * REST API REQUEST authorizer. It sees the whole request (path, headers, source IP), so restrictions and
 * route scopes are decided per request. The policy's resource is the whole stage: if API Gateway's result
 * cache is on, a cached answer about one route must not be mistaken for an answer about another, so use a
 * cache TTL of 0 (the TokenAuthorizer default) or add the path to the identity sources.
 */
export const createRestRequestAuthorizer =
  (verifier: () => Verifier, logger?: Logger) =>
  async (event: APIGatewayRequestAuthorizerEvent): Promise<APIGatewayAuthorizerResult> => {
    const { stageArn } = parseMethodArn(event.methodArn);
    const headers = Object.fromEntries(
      Object.entries(event.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    );
    const decision = await decide(
      verifier(),
      {
        requestId: event.requestContext.requestId,
        authorization: headers.authorization,
        method: event.httpMethod,
        path: event.path,
        sourceIp: event.requestContext.identity.sourceIp,
        query: new URLSearchParams((event.queryStringParameters ?? {}) as Record<string, string>).toString(),
        headers,
      },
      logger ?? verifier().logger,
    );
    if (decision.effect === 'unauthorized') throw new UnauthorizedSignal(decision.code);
    if (decision.effect === 'unavailable') throw new UnavailableSignal(decision.code);
    const principal = decision.context?.tokenId ?? 'anonymous';
    return iamPolicy(
      principal,
      decision.effect === 'allow' ? 'Allow' : 'Deny',
      [`${stageArn}/*`],
      decision.context ?? { code: decision.code },
    );
  };

let verifier: Verifier | undefined;
export const handler = createRestRequestAuthorizer(() => (verifier ??= verifierFromEnvironment()));
