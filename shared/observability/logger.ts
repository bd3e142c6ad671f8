import { Logger } from '@aws-lambda-powertools/logger';
import type { LogLevel } from '@aws-lambda-powertools/logger/types';
import { TOKEN_LIKE_PATTERN } from '../domain/token-format.js';

/**
 * Structured JSON logs. Keyward never logs bodies or credential headers; as a last line of defence the
 * serializer also blanks fields named like secrets and anything shaped like a Keyward token.
 */

const SECRET_FIELD = /^(authorization|token|secret|secretkey|x-token-secret|pepper|hash|previoushash)$/i;
export const REDACTED = '[redacted]';

export const redactSecrets = (key: string, value: unknown): unknown => {
  if (SECRET_FIELD.test(key) && value !== undefined && value !== null) return REDACTED;
  return typeof value === 'string' ? value.replace(TOKEN_LIKE_PATTERN, REDACTED) : value;
};

/** A logger at `level` (the `logLevel` setting in functions; any case). @default 'INFO' */
export const createLogger = (level = 'INFO'): Logger =>
  new Logger({
    serviceName: 'keyward',
    logLevel: level.toUpperCase() as LogLevel,
    jsonReplacerFn: redactSecrets,
  });

export type { Logger };
