import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../observability/logger.js';
import { bearerTokenOf } from './bearer.js';
import type { VerificationResult, VerifiedToken } from './outcome.js';
import { type Refusal, refusalOfResult, UNAVAILABLE } from './refusal.js';
import type { VerificationRequest } from './verify-token.js';

/**
 * Keyward in front of any Node.js backend that can read the tables: the request objects of Node's `http`,
 * Express and Hono to a verification, and refusals answered in Keyward's error shape. The types are
 * structural, so using one adapter does not pull in the other frameworks.
 */

/** What the adapters use of a verifier (`createVerifier`'s answers it). */
export interface RequestVerifier {
  verify(request: VerificationRequest): Promise<VerificationResult>;
  /** Told why a verification could not run; never given the token. */
  readonly logger?: Pick<Logger, 'error'>;
}

/**
 * The verified token, or how to refuse the request. A verification that cannot run (the store did not
 * answer) fails closed with 503 and Retry-After, as Keyward's authorizers do, rather than a bare 500.
 */
const verdictOf = async (
  verifier: RequestVerifier,
  asked: VerificationRequest,
): Promise<{ readonly token: VerifiedToken } | { readonly refusal: Refusal }> => {
  let result: VerificationResult;
  try {
    result = await verifier.verify(asked);
  } catch (error) {
    verifier.logger?.error('Verification failed; answering 503', {
      errorName: (error as Error)?.name,
      errorMessage: (error as Error)?.message,
    });
    return { refusal: UNAVAILABLE };
  }
  return result.valid ? { token: result.token } : { refusal: refusalOfResult(result, asked) };
};

const headerValue = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value.join(', ') : value;

/** A verification request from a Node `http` request (Express's request is one). */
export const requestOfNode = (request: IncomingMessage): VerificationRequest => {
  const url = new URL(request.url ?? '/', 'http://keyward.invalid');
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name, headerValue(value)]),
  );
  return {
    token: bearerTokenOf(headerValue(request.headers.authorization)) ?? '',
    method: request.method ?? 'GET',
    path: url.pathname,
    query: url.search.slice(1),
    headers,
    ...(request.socket.remoteAddress === undefined ? {} : { sourceIp: request.socket.remoteAddress }),
  };
};

const send = (response: ServerResponse, refusal: Refusal): void => {
  response.writeHead(refusal.status, {
    ...refusal.headers,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(refusal.body));
};

/**
 * Verifies a Node `http` request: the verified token, or `undefined` after answering the refusal.
 * `if (!(await guardNodeRequest(verifier, req, res))) return;`
 */
export const guardNodeRequest = async (
  verifier: RequestVerifier,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<VerifiedToken | undefined> => {
  const verdict = await verdictOf(verifier, requestOfNode(request));
  if ('token' in verdict) return verdict.token;
  send(response, verdict.refusal);
  return undefined;
};

/** Express middleware: the verified token in `res.locals.keywardToken`, or the refusal answered. */
export const expressGuard =
  (verifier: RequestVerifier) =>
  (
    request: IncomingMessage,
    response: ServerResponse & { locals?: Record<string, unknown> },
    next: (error?: unknown) => void,
  ): void => {
    guardNodeRequest(verifier, request, response).then((token) => {
      if (token === undefined) return;
      response.locals = { ...response.locals, keywardToken: token };
      next();
    }, next);
  };

/** The part of Hono's context the guard uses. */
export interface HonoContextLike {
  readonly req: { readonly raw: Request; header(name: string): string | undefined };
  set(key: 'keywardToken', value: VerifiedToken): void;
  json(body: unknown, status: number, headers?: Record<string, string>): Response;
}

/**
 * Hono middleware: `app.use('/api/*', honoGuard(verifier))`; the verified token in `c.get('keywardToken')`.
 * The source address is whatever `sourceIpOf` reads from the context (e.g. `getConnInfo` on Node).
 */
export const honoGuard =
  (verifier: RequestVerifier, sourceIpOf?: (context: HonoContextLike) => string | undefined) =>
  async (context: HonoContextLike, next: () => Promise<void>): Promise<Response | undefined> => {
    const url = new URL(context.req.raw.url);
    const asked: VerificationRequest = {
      token: bearerTokenOf(context.req.header('authorization')) ?? '',
      method: context.req.raw.method,
      path: url.pathname,
      query: url.search.slice(1),
      headers: Object.fromEntries(context.req.raw.headers.entries()),
      ...(sourceIpOf?.(context) === undefined ? {} : { sourceIp: sourceIpOf(context)! }),
    };
    const verdict = await verdictOf(verifier, asked);
    if ('refusal' in verdict) {
      const { refusal } = verdict;
      return context.json(refusal.body, refusal.status, { ...refusal.headers, 'cache-control': 'no-store' });
    }
    context.set('keywardToken', verdict.token);
    await next();
    return undefined;
  };
