import type { IncomingMessage } from 'node:http';
import { PayloadTooLargeError } from '../shared/domain/errors.js';

/** What the local servers read of an incoming request as API Gateway does: the whole body, joined values. */

/** The whole body; past `maxBytes`, PayloadTooLargeError (the rest is drained, not kept). */
export const readBody = (request: IncomingMessage, maxBytes = Number.POSITIVE_INFINITY): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new PayloadTooLargeError('The request body exceeds the gateway limit.'));
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

/** Repeated names' values joined with commas, as API Gateway gives headers and query parameters. */
export const singleValued = (entries: Iterable<[string, string]>): Record<string, string> => {
  const values: Record<string, string> = {};
  for (const [name, value] of entries) values[name] = name in values ? `${values[name]},${value}` : value;
  return values;
};
