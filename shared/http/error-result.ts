import type { ErrorCode } from '../domain/error-codes.js';
import { KeywardError, StoreUnavailableError } from '../domain/errors.js';
import type { Logger } from '../observability/logger.js';
import { isStoreUnavailable } from '../store/store-errors.js';
import type { HttpResult } from './responses.js';

/** Maps any thrown value to the error body of the API. Unknown errors are logged and never described. */
export const errorResult = (error: unknown, requestId: string, logger: Logger): HttpResult => {
  const known =
    error instanceof KeywardError
      ? error
      : isStoreUnavailable(error)
        ? new StoreUnavailableError(error)
        : undefined;
  if (known === undefined) {
    logger.error('Unhandled error', {
      requestId,
      errorName: (error as Error)?.name,
      errorMessage: (error as Error)?.message,
    });
    return {
      status: 500,
      body: {
        code: 'internal_error' satisfies ErrorCode,
        message: 'An unexpected error occurred.',
        requestId,
      },
    };
  }
  if (known instanceof StoreUnavailableError) {
    logger.warn('Store unavailable', { requestId, errorName: (error as Error).name });
  }
  return {
    status: known.status,
    body: {
      code: known.code,
      message: known.message,
      ...(known.details === undefined ? {} : { details: known.details }),
      requestId,
    },
    ...(known.headers === undefined ? {} : { headers: known.headers }),
  };
};
