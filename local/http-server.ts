import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { protectedRoutes } from '../sample-api/routes.js';
import type { Runtime } from '../shared/composition/runtime.js';
import { MethodNotAllowedError, NotFoundError } from '../shared/domain/errors.js';
import { Router } from '../shared/domain/router.js';
import { errorResult } from '../shared/http/error-result.js';
import { type HttpHandler, httpHandler, type Operation } from '../shared/http/http-handler.js';
import { toApiGatewayResult } from '../shared/http/responses.js';
import { type RouteDefinition, routeKeyOf } from '../shared/http/route.js';
import { routes as managementRoutes } from '../shared/http/routes/index.js';
import { CONSOLE_PREFIX, serveConsole } from './console-assets.js';
import { authorizeAtGateway, type RestRequestAuthorizer } from './gateway-authorizer.js';
import { readBody, singleValued } from './http-request.js';

/**
 * Serves the route table over HTTP the way API Gateway (HTTP API, payload 2.0) does: each request becomes
 * a v2 event and runs through the very handler module, with the very middleware stack, deployed to Lambda.
 */

/** API Gateway's own payload limit; the handlers enforce the API's smaller one. */
const MAX_GATEWAY_PAYLOAD_BYTES = 10 * 1024 * 1024;

export interface LocalHttpServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

export interface LocalHttpServerOptions {
  readonly runtime: Runtime;
  readonly port?: number;
  readonly host?: string;
  readonly routes?: readonly RouteDefinition[];
  /** The token authorizer in front of `token` routes. */
  readonly authorizer?: RestRequestAuthorizer;
}

const loadHandlers = async (
  routes: readonly RouteDefinition[],
  runtime: Runtime,
): Promise<Map<string, HttpHandler>> => {
  const operations = new Map<string, Operation>();
  for (const handler of new Set(routes.map((route) => route.handler))) {
    const module = (await import(/* @vite-ignore */ `../${handler}.js`)) as {
      operation: Operation;
    };
    operations.set(handler, module.operation);
  }
  return new Map(
    routes.map((route) => [
      routeKeyOf(route),
      httpHandler(operations.get(route.handler)!, { container: () => runtime.container, routes: [route] }),
    ]),
  );
};

const toEvent = (
  request: IncomingMessage,
  route: RouteDefinition,
  params: Record<string, string>,
  url: URL,
  body: Buffer,
): APIGatewayProxyEventV2 => {
  const headers = singleValued(
    Object.entries(request.headers).flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value ?? '']).map((v): [string, string] => [name.toLowerCase(), v]),
    ),
  );
  const now = new Date();
  const query = singleValued(url.searchParams.entries());
  const routeKey = routeKeyOf(route);
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(Object.keys(query).length === 0 ? {} : { queryStringParameters: query }),
    ...(Object.keys(params).length === 0 ? {} : { pathParameters: params }),
    requestContext: {
      accountId: 'local',
      apiId: 'keyward-local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method: route.method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: (request.socket.remoteAddress ?? '').replace(/^::ffff:/, ''),
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length === 0 ? {} : { body: body.toString('utf8') }),
    isBase64Encoded: false,
  };
};

const lambdaContext = (requestId: string): Context =>
  ({
    awsRequestId: requestId,
    functionName: 'keyward-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:keyward-local',
    memoryLimitInMB: '1024',
    logGroupName: 'local',
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  }) as Context;

const send = (response: ServerResponse, result: APIGatewayProxyStructuredResultV2): void => {
  response.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
  response.end(result.body);
};

/**
 * The request target as a URL. It is appended to a fixed origin (not resolved against one), so `//host/x`
 * stays a path instead of naming a host; anything but an origin-form target matches no route.
 */
const urlOf = (target = '/'): URL => {
  const url = target.startsWith('/') ? URL.parse(`http://localhost${target}`) : null;
  if (url === null) throw new NotFoundError(`No route matches ${target.slice(0, 200)}.`);
  return url;
};

/**
 * Requests Node cannot parse (headers over its 16 KB limit, broken framing) never reach a handler; Node
 * would close the socket or answer with an empty body. Answer them in the API's error shape instead.
 */
const answerUnparsable = (error: NodeJS.ErrnoException, socket: Duplex): void => {
  if (error.code === 'ECONNRESET' || !socket.writable) return;
  const [status, reason, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'headers_too_large', 'The request headers are too large.']
      : [400, 'Bad Request', 'bad_request', 'The request could not be parsed as HTTP.'];
  const requestId = randomUUID();
  const { headers, body = '' } = toApiGatewayResult(
    { status, body: { code, message, requestId } },
    requestId,
  );
  const head = Object.entries({ ...headers, 'content-length': Buffer.byteLength(body), connection: 'close' })
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  // A response to HEAD carries no body (HTTP says so, and clients refuse one): its headers tell the same.
  const isHead = (error as { rawPacket?: Buffer }).rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${head}\r\n\r\n${isHead ? '' : body}`);
};

export const startHttpServer = async (options: LocalHttpServerOptions): Promise<LocalHttpServer> => {
  const { runtime } = options;
  const routes = options.routes ?? [...managementRoutes, ...protectedRoutes];
  const router = new Router(routes);
  const handlers = await loadHandlers(routes, runtime);

  const sendError = (response: ServerResponse, error: unknown): void => {
    const requestId = randomUUID();
    send(response, toApiGatewayResult(errorResult(error, requestId, runtime.logger), requestId));
  };

  const server = createServer(async (request, response) => {
    try {
      const url = urlOf(request.url);
      const isConsole = url.pathname === CONSOLE_PREFIX || url.pathname.startsWith(`${CONSOLE_PREFIX}/`);
      if (isConsole && (request.method === 'GET' || request.method === 'HEAD')) {
        if (await serveConsole(url.pathname, response)) return;
        throw new NotFoundError(`No console file at ${url.pathname}.`);
      }
      const match = router.match(request.method ?? 'GET', url.pathname);
      if (match.kind === 'not_found')
        throw new NotFoundError(`No route matches ${request.method} ${url.pathname}.`);
      if (match.kind === 'method_not_allowed') {
        throw new MethodNotAllowedError(`${request.method} is not allowed here.`, match.allow);
      }
      const body = await readBody(request, MAX_GATEWAY_PAYLOAD_BYTES);
      const event = toEvent(request, match.route, match.params, url, body);
      if (match.route.auth === 'token') {
        if (options.authorizer === undefined)
          throw new Error(`No authorizer for ${routeKeyOf(match.route)}.`);
        const decision = await authorizeAtGateway(options.authorizer, {
          route: match.route,
          path: url.pathname,
          headers: request.headers,
          params: match.params,
          query: event.queryStringParameters as Record<string, string>,
          sourceIp: event.requestContext.http.sourceIp,
          requestId: event.requestContext.requestId,
        });
        if (!decision.allowed) {
          const { status, code, message, headers } = decision;
          const requestId = event.requestContext.requestId;
          const result = {
            status,
            body: { code, message, requestId },
            ...(headers === undefined ? {} : { headers }),
          };
          send(response, toApiGatewayResult(result, requestId));
          return;
        }
        (event.requestContext as { authorizer?: unknown }).authorizer = { lambda: decision.context };
      }
      const handler = handlers.get(routeKeyOf(match.route))!;
      send(response, await handler(event, lambdaContext(event.requestContext.requestId)));
    } catch (error) {
      sendError(response, error);
    }
  });
  server.maxHeadersCount = 200;
  server.on('clientError', answerUnparsable);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
