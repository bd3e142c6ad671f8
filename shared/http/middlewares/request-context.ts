import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Clock } from '../../domain/clock.js';
import { NotFoundError } from '../../domain/errors.js';
import type { Logger } from '../../observability/logger.js';
import { headerOf, setState, stateOf } from '../request-state.js';
import type { RouteDefinition } from '../route.js';

type Middleware = MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>;

export interface RequestContextOptions {
  readonly logger: () => Logger;
  /** Stamps `meta.receivedAt` (conditional writes compare it with what happened meanwhile). */
  readonly clock: () => Clock;
  /** Finds the route of an event; API Gateway names it in `routeKey`. */
  readonly findRoute: (routeKey: string) => RouteDefinition | undefined;
}

/**
 * Identifies the route and the request (id, source IP, user agent) and writes one access-log line when
 * the response is known. The log line holds no header, query or body: those can carry credentials.
 */
export const requestContext = (options: RequestContextOptions): Middleware => {
  const { findRoute } = options;

  const before: Middleware['before'] = async ({ event, context }) => {
    const route = findRoute(event.routeKey);
    const requestId = event.requestContext?.requestId ?? context.awsRequestId;
    const fallback = { method: 'GET', path: event.rawPath } as unknown as RouteDefinition;
    setState(event, {
      route: route ?? fallback,
      requestId,
      startedAt: Date.now(),
      meta: {
        requestId,
        receivedAt: options.clock().now().toISOString(),
        sourceIp: event.requestContext?.http?.sourceIp,
        userAgent: headerOf(event, 'user-agent')?.slice(0, 512),
      },
      params: {},
      query: {},
      body: undefined,
    });
    // Named by the request, not the route key: API Gateway sends `$default` for every path no route has.
    if (route === undefined)
      throw new NotFoundError(`No route matches ${event.requestContext?.http?.method} ${event.rawPath}.`);
  };

  const logResponse: Middleware['after'] = async ({ event, response }) => {
    const state = stateOf(event);
    options.logger().info('request', {
      requestId: state?.requestId,
      route: event.routeKey,
      status: response?.statusCode,
      durationMs: state === undefined ? undefined : Date.now() - state.startedAt,
      principalId: state?.actor?.principalId,
    });
  };

  return { before, after: logResponse, onError: logResponse };
};
