import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import {
  InvalidJsonError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../domain/errors.js';
import { RESERVED_KEY_MESSAGE, reservedKeyPath } from '../../domain/reserved-keys.js';
import { headerOf, requireState } from '../request-state.js';

type Middleware = MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>;

export interface JsonBodyOptions {
  /** Largest accepted body in bytes (after base64 decoding). */
  readonly maxBytes?: number;
  /** Deepest accepted nesting of arrays and objects. */
  readonly maxDepth?: number;
}

const defaults: Required<JsonBodyOptions> = { maxBytes: 64 * 1024, maxDepth: 32 };

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** Depth of nesting, counted without recursion so a hostile body cannot blow the stack. */
const nestingDepth = (text: string): number => {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
    else if (char === '}' || char === ']') depth -= 1;
  }
  return deepest;
};

/**
 * Parses JSON bodies of routes that declare one: size first, then media type, then depth, then syntax.
 * An empty body is read as `{}` so schema validation can name the missing fields.
 */
export const jsonBody = (opts: JsonBodyOptions = {}): Middleware => {
  const options = { ...defaults, ...opts };

  const before: Middleware['before'] = async ({ event }) => {
    const state = requireState(event);
    if (state.route.request?.body === undefined) return;
    const raw =
      event.body === undefined
        ? ''
        : event.isBase64Encoded
          ? Buffer.from(event.body, 'base64').toString('utf8')
          : event.body;
    const maxBytes = state.route.maxBodyBytes ?? options.maxBytes;
    if (Buffer.byteLength(raw) > maxBytes) {
      throw new PayloadTooLargeError(`The request body exceeds ${maxBytes} bytes.`);
    }
    if (raw.trim() === '') {
      state.body = {};
      return;
    }
    const contentType = headerOf(event, 'content-type');
    if (contentType === undefined || !JSON_MEDIA_TYPE.test(contentType)) {
      throw new UnsupportedMediaTypeError('Send the body as JSON with "Content-Type: application/json".');
    }
    if (nestingDepth(raw) > options.maxDepth) {
      throw new InvalidJsonError(`The request body nests deeper than ${options.maxDepth} levels.`);
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch (error) {
      throw new InvalidJsonError('The request body is not valid JSON.', { cause: error });
    }
    const reserved = reservedKeyPath(body);
    if (reserved !== undefined) throw ValidationError.forField(reserved, RESERVED_KEY_MESSAGE);
    state.body = body;
  };

  return { before };
};
