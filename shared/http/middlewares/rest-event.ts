import type { MiddlewareObj } from '@middy/core';
import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';

type Middleware = MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>;

const isRestEvent = (event: unknown): event is APIGatewayProxyEvent =>
  typeof event === 'object' && event !== null && 'httpMethod' in event && 'resource' in event;

/** A REST API (payload 1.0) proxy event in the HTTP API (2.0) shape the handlers read. */
export const toHttpApiEvent = (event: APIGatewayProxyEvent): APIGatewayProxyEventV2 => {
  const headers = Object.fromEntries(
    Object.entries(event.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value ?? '']),
  );
  const routeKey = `${event.httpMethod} ${event.resource}`;
  return {
    version: '2.0',
    routeKey,
    rawPath: event.path,
    rawQueryString: new URLSearchParams(
      (event.queryStringParameters ?? {}) as Record<string, string>,
    ).toString(),
    headers,
    ...(event.queryStringParameters
      ? { queryStringParameters: event.queryStringParameters as Record<string, string> }
      : {}),
    ...(event.pathParameters ? { pathParameters: event.pathParameters as Record<string, string> } : {}),
    requestContext: {
      accountId: event.requestContext.accountId,
      apiId: event.requestContext.apiId,
      domainName: event.requestContext.domainName ?? '',
      domainPrefix: event.requestContext.domainPrefix ?? '',
      http: {
        method: event.httpMethod,
        path: event.path,
        protocol: event.requestContext.protocol,
        sourceIp: event.requestContext.identity.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: event.requestContext.requestId,
      routeKey,
      stage: event.requestContext.stage,
      time: event.requestContext.requestTime ?? '',
      timeEpoch: event.requestContext.requestTimeEpoch,
      // REST authorizer context sits directly under `authorizer`; HTTP APIs nest it under `lambda`.
      ...({ authorizer: { lambda: event.requestContext.authorizer ?? {} } } as object),
    },
    ...(event.body === null ? {} : { body: event.body }),
    isBase64Encoded: event.isBase64Encoded,
  };
};

/**
 * Lets the same handler serve a REST API (payload 1.0), as the sample API behind a REST REQUEST authorizer
 * does on AWS, and an HTTP API (payload 2.0), as the management API and the local server do.
 */
export const restEvent = (): Middleware => ({
  before: async (request) => {
    if (isRestEvent(request.event)) request.event = toHttpApiEvent(request.event);
  },
});
