import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/** What an operation returns; rendering to API Gateway's shape happens in one place. */
export interface HttpResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export const ok = (body: unknown): HttpResult => ({ status: 200, body });
export const created = (body: unknown): HttpResult => ({ status: 201, body });
export const accepted = (body: unknown): HttpResult => ({ status: 202, body });
export const noContent = (): HttpResult => ({ status: 204 });

/**
 * Sent on every response. `no-store` matters most: responses can carry a one-time token value, and no
 * proxy or browser cache may keep it.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

export const toApiGatewayResult = (
  result: HttpResult,
  requestId: string,
): APIGatewayProxyStructuredResultV2 => ({
  statusCode: result.status,
  headers: {
    ...SECURITY_HEADERS,
    ...(result.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'x-request-id': requestId,
    ...result.headers,
  },
  ...(result.body === undefined ? {} : { body: JSON.stringify(result.body) }),
});
