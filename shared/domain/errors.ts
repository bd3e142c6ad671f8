/**
 * Every failure a caller can act on is one of these classes. Handlers throw them; one middleware renders
 * them as `{ code, message, details?, requestId }`. Messages are written for the API user and never carry
 * a token, secret or pepper.
 */

import type { ErrorCode, ErrorCodeOf } from './error-codes.js';

export interface ErrorDetail {
  /** Dotted path of the offending field, e.g. `scopes.authorization`. Empty for the whole body. */
  readonly path: string;
  readonly message: string;
}

interface KeywardErrorOptions extends ErrorOptions {
  readonly details?: readonly ErrorDetail[];
  readonly headers?: Readonly<Record<string, string>>;
}

export abstract class KeywardError extends Error {
  public abstract readonly status: number;
  public abstract readonly code: ErrorCode;
  public readonly details?: readonly ErrorDetail[];
  public readonly headers?: Readonly<Record<string, string>>;

  public constructor(message: string, options: KeywardErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.details = options.details;
    this.headers = options.headers;
  }
}

/** Thrown when a request body is not parseable JSON. */
export class InvalidJsonError extends KeywardError {
  public readonly status = 400;
  public readonly code = 'invalid_json';
  public constructor(message = 'The request body is not valid JSON.', options?: KeywardErrorOptions) {
    super(message, options);
  }
}

/** Thrown when a request is syntactically fine but breaks a rule of the schema or the domain. */
export class ValidationError extends KeywardError {
  public readonly status = 422;
  public readonly code: ErrorCodeOf<422>;
  public constructor(
    details: readonly ErrorDetail[],
    message = 'The request is invalid.',
    code: ErrorCodeOf<422> = 'validation_error',
  ) {
    super(message, { details });
    this.code = code;
  }

  public static forField(path: string, message: string): ValidationError {
    return new ValidationError([{ path, message }], message);
  }
}

/** Thrown when credentials are missing, malformed, unknown, revoked or expired. Never says which. */
export class UnauthenticatedError extends KeywardError {
  public readonly status = 401;
  public readonly code = 'unauthorized';
  public constructor(message = 'A valid admin key is required: send "Authorization: Bearer kwa_…".') {
    super(message, { headers: { 'www-authenticate': 'Bearer realm="keyward"' } });
  }
}

/** Thrown when valid credentials lack the permission for an operation on a resource they can see. */
export class PermissionDeniedError extends KeywardError {
  public readonly status = 403;
  public readonly code = 'forbidden';
}

/** Thrown when the owning workspace's plan does not include the feature (workspace tokens need enterprise). */
export class PlanRequiredError extends KeywardError {
  public readonly status = 403;
  public readonly code = 'plan_required';
}

/** Thrown for unknown resources and for resources of another tenant (which are not acknowledged to exist). */
export class NotFoundError extends KeywardError {
  public readonly status = 404;
  public readonly code = 'not_found';
}

/** Thrown when the path exists but not with this method, or the operation is not offered for this kind. */
export class MethodNotAllowedError extends KeywardError {
  public readonly status = 405;
  public readonly code: ErrorCodeOf<405>;
  public constructor(
    message: string,
    allow: readonly string[],
    code: ErrorCodeOf<405> = 'method_not_allowed',
  ) {
    super(message, { headers: { allow: allow.join(', ') } });
    this.code = code;
  }
}

/** Thrown when an owner already holds the maximum number of active tokens of a kind. */
export class TokenLimitReachedError extends KeywardError {
  public readonly status = 409;
  public readonly code = 'token_limit_reached';
}

/** Thrown when a change conflicts with the current state (e.g. regenerating a revoked token). */
export class ConflictError extends KeywardError {
  public readonly status = 409;
  public readonly code: ErrorCodeOf<409>;
  public constructor(message: string, code: ErrorCodeOf<409>, options?: KeywardErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/** Thrown when a request body exceeds the configured limit. */
export class PayloadTooLargeError extends KeywardError {
  public readonly status = 413;
  public readonly code = 'payload_too_large';
}

/** Thrown when a caller must slow down; `Retry-After` says for how long. */
export class TooManyRequestsError extends KeywardError {
  public readonly status = 429;
  public readonly code: ErrorCodeOf<429>;
  public constructor(message: string, retryAfterSeconds: number, code: ErrorCodeOf<429>) {
    super(message, { headers: { 'retry-after': String(retryAfterSeconds) } });
    this.code = code;
  }
}

/** Thrown when a body is sent with a media type other than JSON. */
export class UnsupportedMediaTypeError extends KeywardError {
  public readonly status = 415;
  public readonly code = 'unsupported_media_type';
}

/** Thrown when the store cannot be reached or is throttling; the request may be retried. */
export class StoreUnavailableError extends KeywardError {
  public readonly status = 503;
  public readonly code = 'store_unavailable';
  public constructor(cause: unknown, retryAfterSeconds = 1) {
    super('The token store is temporarily unavailable. Retry shortly.', {
      cause,
      headers: { 'retry-after': String(retryAfterSeconds) },
    });
  }
}
