import type { IncomingHttpHeaders } from 'node:http';
import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import type { RouteDefinition } from '../shared/http/route.js';
import { refusalOf, UNAVAILABLE } from '../shared/verify/refusal.js';
import { matchesAny } from './deployed/iam.js';

/**
 * Plays API Gateway's part for routes behind the REST REQUEST token authorizer: builds the authorizer
 * event, runs the real authorizer function, and applies its answer as the gateway would — 401 when it
 * fails with `Unauthorized`, 503 when it fails otherwise, 403 unless its policy allows this method ARN, else
 * the context for the handler.
 */

export type RestRequestAuthorizer = (
  event: APIGatewayRequestAuthorizerEvent,
) => Promise<APIGatewayAuthorizerResult>;

export type GatewayDecision =
  | { readonly allowed: true; readonly context: Record<string, string> }
  | {
      readonly allowed: false;
      readonly status: 401 | 403 | 429 | 503;
      readonly code: string;
      readonly message: string;
      readonly headers?: Readonly<Record<string, string>>;
    };

const STAGE_ARN = 'arn:aws:execute-api:local:000000000000:keyward-local/$default';

const allows = (result: APIGatewayAuthorizerResult, methodArn: string): boolean => {
  const statements = result.policyDocument.Statement as Array<{
    Effect: string;
    Resource?: string | string[];
  }>;
  const matching = (effect: string) =>
    statements.some(
      (statement) => statement.Effect === effect && matchesAny(statement.Resource ?? [], methodArn),
    );
  return !matching('Deny') && matching('Allow');
};

export const authorizeAtGateway = async (
  authorizer: RestRequestAuthorizer,
  request: {
    readonly route: RouteDefinition;
    readonly path: string;
    readonly headers: IncomingHttpHeaders;
    readonly params: Record<string, string>;
    readonly query: Record<string, string>;
    readonly sourceIp: string;
    readonly requestId: string;
  },
): Promise<GatewayDecision> => {
  const { route, path } = request;
  const methodArn = `${STAGE_ARN}/${route.method}${path}`;
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(',') : (value ?? ''),
    ]),
  );
  const event = {
    type: 'REQUEST',
    methodArn,
    resource: route.path,
    path,
    httpMethod: route.method,
    headers,
    multiValueHeaders: {},
    pathParameters: request.params,
    queryStringParameters: request.query,
    multiValueQueryStringParameters: {},
    stageVariables: {},
    requestContext: {
      requestId: request.requestId,
      httpMethod: route.method,
      path,
      resourcePath: route.path,
      stage: '$default',
      identity: { sourceIp: request.sourceIp },
    },
  } as unknown as APIGatewayRequestAuthorizerEvent;
  let result: APIGatewayAuthorizerResult;
  try {
    result = await authorizer(event);
  } catch (error) {
    // Any other failure is API Gateway's AUTHORIZER_FAILURE, which Keyward's gateway responses answer so.
    if ((error as Error).message !== 'Unauthorized') {
      return {
        allowed: false,
        status: UNAVAILABLE.status,
        ...UNAVAILABLE.body,
        headers: UNAVAILABLE.headers,
      };
    }
    const code = (error as { code?: string }).code ?? 'NOT_FOUND';
    const { status, body } = refusalOf(code, { method: route.method, path });
    return { allowed: false, status, ...body };
  }
  const context = Object.fromEntries(
    Object.entries(result.context ?? {}).map(([key, value]) => [key, String(value)]),
  );
  if (!allows(result, methodArn)) {
    const code = context.code ?? 'FORBIDDEN';
    // API Gateway fixes a gateway response's status per type, so a deployment answers a rate limit with 403
    // and this code (see README); locally the status the code stands for is used, as /v1/verify reports it.
    const retryAfter =
      context.retryAfterSeconds === undefined ? undefined : Number(context.retryAfterSeconds);
    const { status, body, headers } = refusalOf(code, { method: route.method, path }, retryAfter);
    return { allowed: false, status, ...body, ...(status === 429 ? { headers } : {}) };
  }
  return { allowed: true, context };
};
