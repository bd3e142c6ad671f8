import { DENIAL_STATUS, type VerificationCode, type VerificationResult } from './outcome.js';

/** How a refused request is answered over HTTP, in Keyward's error shape (`{code, message}`). */
export interface Refusal {
  readonly status: 401 | 403 | 429 | 503;
  readonly body: { readonly code: string; readonly message: string };
  readonly headers: Readonly<Record<string, string>>;
}

const TOO_MANY_MESSAGES: Readonly<Record<string, string>> = {
  RATE_LIMITED: 'The token has used its rate limit; retry later.',
  USAGE_EXCEEDED: 'The token has used its credits; they are refilled or topped up by its owner.',
};

/**
 * The answer when a token could not be verified at all (the store did not answer in time): not a judgement
 * of the token, so 503 and a Retry-After that clients and SDKs retry on, where a 403 would be final.
 */
export const UNAVAILABLE: Refusal = {
  status: 503,
  body: {
    code: 'STORE_UNAVAILABLE',
    message: 'The token could not be verified just now; retry after Retry-After seconds.',
  },
  headers: { 'retry-after': '1' },
};

/** The answer to a denied verification of `method path`; one wording wherever Keyward refuses a token. */
export const refusalOf = (
  /** A denial code; any other code is a refusal of this request, 403. */
  code: Exclude<VerificationCode, 'VALID'> | (string & {}),
  request: { readonly method?: string; readonly path?: string } = {},
  retryAfterSeconds?: number,
): Refusal => {
  const { method = '', path = '' } = request;
  const status = DENIAL_STATUS[code as Exclude<VerificationCode, 'VALID'>] ?? 403;
  if (status === 429) {
    return {
      status,
      body: { code, message: TOO_MANY_MESSAGES[code] ?? TOO_MANY_MESSAGES.RATE_LIMITED! },
      // Credits without a refill do not come back by waiting: no Retry-After then.
      headers:
        retryAfterSeconds === undefined && code !== 'RATE_LIMITED'
          ? {}
          : { 'retry-after': String(retryAfterSeconds ?? 1) },
    };
  }
  if (status === 403) {
    return {
      status,
      body: { code, message: `The token may not call ${method} ${path} (${code}).` },
      headers: {},
    };
  }
  return {
    status,
    body: { code, message: `A valid token is required (${code}).` },
    headers: { 'www-authenticate': 'Bearer' },
  };
};

/** The refusal of a denied verification result. */
export const refusalOfResult = (
  result: Extract<VerificationResult, { valid: false }>,
  request: { readonly method?: string; readonly path?: string } = {},
): Refusal =>
  refusalOf(result.code, request, 'retryAfterSeconds' in result ? result.retryAfterSeconds : undefined);
