import type {
  APIGatewayRequestAuthorizerEventV2,
  APIGatewaySimpleAuthorizerWithContextResult,
} from 'aws-lambda';
import { type Verifier, verifierFromEnvironment } from '../../shared/composition/verifier.js';
import type { Logger } from '../../shared/observability/logger.js';
import { type AuthorizerContext, decide } from './authorization.js';
import { UnavailableSignal } from './iam-policy.js';

/**
 * HTTP API (payload 2.0) authorizer with simple responses. HTTP APIs answer every `isAuthorized: false`
 * with 403; use the REST adapters where clients must tell 401 from 403. When verification cannot run the
 * function fails, which an HTTP API answers 500: unlike a 403, a status clients retry. HTTP APIs have no
 * gateway responses, so it cannot be a 503 with Retry-After there.
 */
export const createHttpApiAuthorizer =
  (verifier: () => Verifier, logger?: Logger) =>
  async (
    event: APIGatewayRequestAuthorizerEventV2,
  ): Promise<APIGatewaySimpleAuthorizerWithContextResult<AuthorizerContext | Record<string, string>>> => {
    const { stage, http, requestId } = event.requestContext;
    // On a named stage rawPath starts with it; route policies are written without.
    const path =
      stage !== '$default' && event.rawPath.startsWith(`/${stage}/`)
        ? event.rawPath.slice(stage.length + 1)
        : event.rawPath;
    const decision = await decide(
      verifier(),
      {
        requestId,
        authorization: event.headers?.authorization,
        method: http.method,
        path,
        sourceIp: http.sourceIp,
        query: event.rawQueryString,
        headers: event.headers ?? {},
      },
      logger ?? verifier().logger,
    );
    if (decision.effect === 'unavailable') throw new UnavailableSignal(decision.code);
    return {
      isAuthorized: decision.effect === 'allow',
      context: decision.context ?? { code: decision.code },
    };
  };

let verifier: Verifier | undefined;
export const handler = createHttpApiAuthorizer(() => (verifier ??= verifierFromEnvironment()));
