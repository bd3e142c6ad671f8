import { AuthorizerCache } from './authorizer-cache.js';
import { bodyOf, type GatewayRequest, type GatewayResponse } from './gateway-io.js';
import type { ApiContext } from './http-api.js';
import { isAllowed } from './iam.js';
import type { RestApiModel, RestAuthorizerModel, RestMethodModel, Statement } from './model.js';
import { bestMatch } from './route-match.js';

/**
 * A REST API (API Gateway v1) as its template defines it: stages, the resource tree's methods (`ANY`
 * included), REQUEST and TOKEN Lambda authorizers with their identity sources and result cache, the
 * authorizer's IAM policy evaluated against the method ARN, Lambda proxy integrations (payload 1.0), and
 * gateway responses — the template's where it defines them, API Gateway's defaults elsewhere.
 */

interface AuthorizerResult {
  readonly principalId?: string;
  readonly policyDocument?: { readonly Statement?: Statement[] };
  readonly context?: Record<string, unknown>;
}

/** API Gateway's own answers, by response type: status, and the default body's message. */
const DEFAULT_RESPONSES: Record<string, { status: number; message: string }> = {
  UNAUTHORIZED: { status: 401, message: 'Unauthorized' },
  ACCESS_DENIED: { status: 403, message: 'User is not authorized to access this resource' },
  MISSING_AUTHENTICATION_TOKEN: { status: 403, message: 'Missing Authentication Token' },
  AUTHORIZER_FAILURE: { status: 500, message: 'Internal server error' },
  AUTHORIZER_CONFIGURATION_ERROR: { status: 500, message: 'Internal server error' },
  INTEGRATION_FAILURE: { status: 502, message: 'Internal server error' },
  BAD_REQUEST_BODY: { status: 400, message: 'Invalid request body' },
};

const quoted = (text: string) => JSON.stringify(text);

/** The `$context` variables a gateway response template uses, substituted as API Gateway does. */
const render = (template: string, variables: Readonly<Record<string, string>>): string =>
  template.replace(/\$context\.([A-Za-z0-9_.]+)/g, (_, name: string) => variables[name] ?? '');

export const restApiHandler = (api: RestApiModel, context: ApiContext) => {
  const cache = new AuthorizerCache<AuthorizerResult>();
  const executeApiArn = `arn:aws:execute-api:${context.region}:${context.accountId}:${api.id}`;

  const gatewayResponse = (
    type: string,
    request: GatewayRequest,
    authorizer: Readonly<Record<string, unknown>> = {},
  ): GatewayResponse => {
    const fallback = DEFAULT_RESPONSES[type] ?? { status: 500, message: 'Internal server error' };
    const family = fallback.status >= 500 ? 'DEFAULT_5XX' : 'DEFAULT_4XX';
    const defined = api.gatewayResponses.get(type) ?? api.gatewayResponses.get(family);
    const variables: Record<string, string> = {
      requestId: request.requestId,
      'error.message': fallback.message,
      'error.messageString': quoted(fallback.message),
      'error.responseType': type,
      ...Object.fromEntries(
        Object.entries(authorizer).map(([key, value]) => [`authorizer.${key}`, String(value)]),
      ),
    };
    const template = defined?.templates['application/json'] ?? '{"message":$context.error.messageString}';
    const headers = Object.fromEntries(
      Object.entries(defined?.headers ?? {}).map(([parameter, value]) => [
        parameter.replace(/^gatewayresponse\.header\./, ''),
        value.replace(/^'(.*)'$/, '$1'),
      ]),
    );
    return {
      status: Number(defined?.statusCode ?? fallback.status),
      headers: { 'content-type': 'application/json', 'x-amzn-errortype': type, ...headers },
      body: render(template, variables),
    };
  };

  const methodOf = (httpMethod: string, path: string) => {
    const match = bestMatch([...new Set(api.methods.map((method) => method.path))], path);
    if (match === undefined) return undefined;
    const atPath = api.methods.filter((method) => method.path === match.template);
    const method =
      atPath.find((candidate) => candidate.httpMethod === httpMethod) ??
      atPath.find((candidate) => candidate.httpMethod === 'ANY');
    return method === undefined ? undefined : { method, parameters: match.parameters };
  };

  const proxyEvent = (
    request: GatewayRequest,
    stage: string,
    path: string,
    method: RestMethodModel,
    parameters: Readonly<Record<string, string>>,
  ) => {
    const text = request.body.toString('utf8');
    const binary = request.body.length > 0 && Buffer.from(text, 'utf8').compare(request.body) !== 0;
    const none = <T extends object>(value: T) => (Object.keys(value).length === 0 ? null : value);
    return {
      resource: method.path,
      path,
      httpMethod: request.method,
      headers: request.headers,
      multiValueHeaders: request.multiValueHeaders,
      pathParameters: none(parameters),
      queryStringParameters: none(request.query),
      multiValueQueryStringParameters: none(request.multiValueQuery),
      stageVariables: null,
      requestContext: {
        accountId: context.accountId,
        apiId: api.id,
        resourcePath: method.path,
        httpMethod: request.method,
        path: `/${stage}${path}`,
        stage,
        protocol: 'HTTP/1.1',
        requestId: request.requestId,
        requestTime: request.receivedAt.toUTCString(),
        requestTimeEpoch: request.receivedAt.getTime(),
        identity: { sourceIp: request.sourceIp, userAgent: request.headers['user-agent'] ?? null },
      },
      body: request.body.length === 0 ? null : binary ? request.body.toString('base64') : text,
      isBase64Encoded: binary,
    };
  };

  /** The authorizer's answer for this request: the context for the integration, or the gateway's refusal. */
  const authorize = async (
    authorizer: RestAuthorizerModel,
    event: ReturnType<typeof proxyEvent>,
    request: GatewayRequest,
    methodArn: string,
  ): Promise<{ context: Record<string, unknown> } | GatewayResponse> => {
    const identity = authorizer.identitySource.map((source) => {
      const header = /^method\.request\.header\.(.+)$/.exec(source)?.[1];
      const query = /^method\.request\.querystring\.(.+)$/.exec(source)?.[1];
      if (header !== undefined) return request.headers[header.toLowerCase()] || undefined;
      if (query !== undefined) return request.query[query] || undefined;
      return undefined;
    });
    if (identity.length === 0 || identity.some((value) => value === undefined))
      return gatewayResponse('UNAUTHORIZED', request);
    let failure: 'UNAUTHORIZED' | 'AUTHORIZER_FAILURE' | undefined;
    const result = await cache.decide(identity.join(','), authorizer.ttlSeconds, async () => {
      const authorizerEvent =
        authorizer.type === 'TOKEN'
          ? { type: 'TOKEN', authorizationToken: identity[0], methodArn }
          : { ...event, type: 'REQUEST', methodArn };
      const outcome = await context.invoke(
        authorizer.functionArn,
        authorizerEvent,
        `${executeApiArn}/authorizers/${authorizer.id}`,
      );
      if (outcome.ok) return outcome.result as AuthorizerResult;
      failure = outcome.error.errorMessage === 'Unauthorized' ? 'UNAUTHORIZED' : 'AUTHORIZER_FAILURE';
      return undefined;
    });
    if (result === undefined) return gatewayResponse(failure ?? 'AUTHORIZER_FAILURE', request);
    if (typeof result.principalId !== 'string' || result.policyDocument?.Statement === undefined)
      return gatewayResponse('AUTHORIZER_CONFIGURATION_ERROR', request);
    const authorizerContext = { ...result.context, principalId: result.principalId };
    if (!isAllowed(result.policyDocument.Statement, 'execute-api:Invoke', methodArn))
      return gatewayResponse('ACCESS_DENIED', request, authorizerContext);
    return { context: authorizerContext };
  };

  return async (request: GatewayRequest): Promise<GatewayResponse> => {
    const [, stage = '', rest = ''] = /^\/([^/]+)(\/.*)?$/.exec(request.path) ?? [];
    if (!api.stages.includes(stage)) return gatewayResponse('MISSING_AUTHENTICATION_TOKEN', request);
    const path = rest === '' ? '/' : rest;
    const found = methodOf(request.method, path);
    if (found === undefined) return gatewayResponse('MISSING_AUTHENTICATION_TOKEN', request);
    const { method, parameters } = found;
    const event = proxyEvent(request, stage, path, method, parameters);
    const methodArn = `${executeApiArn}/${stage}/${request.method}${path}`;
    let authorizerContext: Record<string, unknown> | undefined;
    if (method.authorizer !== undefined) {
      const decision = await authorize(method.authorizer, event, request, methodArn);
      if ('status' in decision) return decision;
      authorizerContext = decision.context;
    }
    if (method.integration.type !== 'AWS_PROXY') return { status: 200, headers: {}, body: '' };
    const outcome = await context.invoke(
      method.integration.functionArn,
      authorizerContext === undefined
        ? event
        : { ...event, requestContext: { ...event.requestContext, authorizer: authorizerContext } },
      `${executeApiArn}/${stage}/${request.method}${method.path}`,
    );
    const result = outcome.ok ? (outcome.result as Record<string, unknown> | null) : null;
    if (result === null || typeof result.statusCode !== 'number')
      return gatewayResponse('INTEGRATION_FAILURE', request);
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries((result.headers ?? {}) as Record<string, string>))
      headers[name.toLowerCase()] = String(value);
    for (const [name, values] of Object.entries((result.multiValueHeaders ?? {}) as Record<string, string[]>))
      headers[name.toLowerCase()] = values.map(String);
    return { status: result.statusCode, headers, body: bodyOf(result.body, result.isBase64Encoded) };
  };
};
