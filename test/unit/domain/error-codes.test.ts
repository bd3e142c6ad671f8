import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/domain/error-codes.js';
import {
  ConflictError,
  InvalidJsonError,
  type KeywardError,
  MethodNotAllowedError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  PlanRequiredError,
  TokenLimitReachedError,
  TooManyRequestsError,
  UnauthenticatedError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../../shared/domain/errors.js';

describe('Error codes', () => {
  it('give every error class the status its code is listed with', () => {
    const errors: KeywardError[] = [
      new InvalidJsonError(),
      new ValidationError([]),
      new ValidationError([], 'x', 'token_policy_violation'),
      new UnauthenticatedError(),
      new PermissionDeniedError('x'),
      new PlanRequiredError('x'),
      new NotFoundError('x'),
      new MethodNotAllowedError('x', ['GET']),
      new TokenLimitReachedError('x'),
      new ConflictError('x', 'last_admin'),
      new PayloadTooLargeError('x'),
      new TooManyRequestsError('x', 1, 'rate_limited'),
      new UnsupportedMediaTypeError('x'),
    ];
    for (const error of errors) expect(ERROR_CODES[error.code].status, error.code).toBe(error.status);
  });
});
