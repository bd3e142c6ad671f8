import { AuthorizerCache } from './authorizer-cache.js';
import { bodyOf, type GatewayRequest, type GatewayResponse, jsonResponse } from './gateway-io.js';
import type { InvocationResult } from './lambda-host.js';
import type { HttpApiModel, HttpRouteModel } from './model.js';
import { bestMatch } from './route-match.js';

/**
 * An HTTP API (API Gateway v2) as its template defines it: route keys (`METHOD /path`, `ANY`, `$default`),
 * Lambda proxy integrations with payload 2.0, Lambda authorizers with simple responses, their identity
 * sources and result cache — and API Gateway's own answers (404 Not Found, 401 Unauthorized, 403
 * Forbidden, 500 Internal Server Error) where the app's are not reached.
 */

/** Invokes a function as API Gateway would (the emulator checks the function's resource policy). */
export type GatewayInvoker = (
  functionArn: string,
  event: unknown,
  sourceArn: string,
) => Promise<InvocationResult>;

export interface ApiContext {
  readonly region: string;
  readonly accountId: string;
  readonly invoke: GatewayInvoker;
}

const routeOf = (api: HttpApiModel, method: string, path: string) => {
  const keyed = api.routes
    .filter((route) => route.routeKey !== '$default')
    .map((route) => {
      const [routeMethod = '', template = ''] = route.routeKey.split(' ');
      return { route, routeMethod, template };
    });
  const forMethod = (wanted: (routeMethod: string) => boolean) => {
    const candidates = keyed.filter(({ routeMethod }) => wanted(routeMethod));
    const match = bestMatch(
      candidates.map(({ template }) => template),
      path,
    );
    if (match === undefined) return undefined;
    const found = candidates.find(({ template }) => template === match.template)!;
    return { route: found.route, parameters: match.parameters };
  };
  return (
    forMethod((routeMethod) => routeMethod === method) ??
    forMethod((routeMethod) => routeMethod === 'ANY') ??
    (() => {
      const fallback = api.routes.find((route) => route.routeKey === '$default');
      return fallback === undefined ? undefined : { route: fallback, parameters: {} };
    })()
  );
};

const eventOf = (
  api: HttpApiModel,
  context: ApiContext,
  request: GatewayRequest,
  route: HttpRouteModel,
  parameters: Readonly<Record<string, string>>,
) => {
  const text = request.body.toString('utf8');
  const binary = request.body.length > 0 && Buffer.from(text, 'utf8').compare(request.body) !== 0;
  const { cookie, ...headers } = request.headers;
  return {
    version: '2.0',
    routeKey: route.routeKey,
    rawPath: request.path,
    rawQueryString: request.rawQueryString,
    ...(cookie === undefined ? {} : { cookies: cookie.split(/;\s*/) }),
    headers,
    ...(Object.keys(request.query).length === 0 ? {} : { queryStringParameters: request.query }),
    ...(Object.keys(parameters).length === 0 ? {} : { pathParameters: parameters }),
    requestContext: {
      accountId: context.accountId,
      apiId: api.id,
      domainName: request.headers.host ?? `${api.id}.execute-api.${context.region}.amazonaws.com`,
      domainPrefix: api.id,
      http: {
        method: request.method,
        path: request.path,
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp,
        userAgent: request.headers['user-agent'] ?? '',
      },
      requestId: request.requestId,
      routeKey: route.routeKey,
      stage: '$default',
      time: request.receivedAt.toUTCString(),
      timeEpoch: request.receivedAt.getTime(),
    },
    ...(request.body.length === 0
      ? {}
      : { body: binary ? request.body.toString('base64') : text, isBase64Encoded: binary }),
  };
};

/** Payload 2.0's response rules: a result with `statusCode` is a response; anything else is a 200 JSON body. */
const responseOf = (result: unknown): GatewayResponse => {
  if (typeof result === 'object' && result !== null && 'statusCode' in result) {
    const proxy = result as {
      statusCode: number;
      headers?: Record<string, string>;
      cookies?: string[];
      body?: string;
      isBase64Encoded?: boolean;
    };
    return {
      status: Number(proxy.statusCode),
      headers: { ...proxy.headers, ...(proxy.cookies === undefined ? {} : { 'set-cookie': proxy.cookies }) },
      body: bodyOf(proxy.body, proxy.isBase64Encoded),
    };
  }
  return {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: typeof result === 'string' ? result : JSON.stringify(result),
  };
};

export const httpApiHandler = (api: HttpApiModel, context: ApiContext) => {
  const cache = new AuthorizerCache<{ isAuthorized?: boolean; context?: Record<string, unknown> }>();
  const executeApiArn = `arn:aws:execute-api:${context.region}:${context.accountId}:${api.id}`;

  return async (request: GatewayRequest): Promise<GatewayResponse> => {
    const found = routeOf(api, request.method, request.path);
    if (found === undefined || found.route.functionArn === undefined)
      return jsonResponse(404, { message: 'Not Found' });
    const { route, parameters } = found;
    const event = eventOf(api, context, request, route, parameters);
    const routeArn = `${executeApiArn}/$default/${request.method}${request.path}`;
    let authorizerContext: Record<string, unknown> | undefined;
    if (route.authorizer !== undefined) {
      const { authorizer } = route;
      const identity = authorizer.identitySource.map((source) => identityValueOf(source, request));
      if (identity.some((value) => value === undefined))
        return jsonResponse(401, { message: 'Unauthorized' });
      const decide = async () => {
        const outcome = await context.invoke(
          authorizer.functionArn,
          { ...event, type: 'REQUEST', routeArn, identitySource: identity },
          `${executeApiArn}/authorizers/${authorizer.id}`,
        );
        if (!outcome.ok) return undefined;
        return outcome.result as { isAuthorized?: boolean; context?: Record<string, unknown> };
      };
      const answer = await cache.decide(identity.join(','), authorizer.ttlSeconds, decide);
      if (answer === undefined) return jsonResponse(500, { message: 'Internal Server Error' });
      if (answer.isAuthorized !== true) return jsonResponse(403, { message: 'Forbidden' });
      authorizerContext = answer.context ?? {};
    }
    const outcome = await context.invoke(
      route.functionArn!,
      authorizerContext === undefined
        ? event
        : {
            ...event,
            requestContext: { ...event.requestContext, authorizer: { lambda: authorizerContext } },
          },
      // What API Gateway names itself as when it invokes: the route's template, not the request's path.
      `${executeApiArn}/$default/${request.method}${route.routeKey === '$default' ? request.path : route.routeKey.split(' ')[1]}`,
    );
    if (!outcome.ok) return jsonResponse(500, { message: 'Internal Server Error' });
    return responseOf(outcome.result);
  };
};

/** `$request.header.Authorization`, `$request.querystring.key`: the value a request gives an identity source. */
const identityValueOf = (source: string, request: GatewayRequest): string | undefined => {
  const [, where, name = ''] = /^\$request\.(header|querystring)\.(.+)$/.exec(source) ?? [];
  if (where === 'header') return request.headers[name.toLowerCase()] || undefined;
  if (where === 'querystring') return request.query[name] || undefined;
  return undefined;
};
