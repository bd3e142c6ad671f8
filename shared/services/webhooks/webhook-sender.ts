import { lookup } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPublicAddress, type UrlPolicy } from '../../domain/webhook-urls.js';
import { WEBHOOK_BOUNDS } from '../../domain/webhooks.js';

/** What one try at sending a webhook found. */
export interface SendResult {
  readonly status?: number;
  readonly error?: string;
  readonly durationMs: number;
}

export type WebhookSender = (
  url: string,
  headers: Readonly<Record<string, string>>,
  body: string,
) => Promise<SendResult>;

/**
 * Resolves a host and refuses private, loopback and link-local answers at the moment of connecting — so a
 * name that resolved to a public address when the endpoint was saved cannot be re-pointed inward later
 * (DNS rebinding): the addresses checked are the addresses connected to. Every address of the answer must be
 * public, and the answer keeps the shape asked for: Node's sockets ask for all addresses (to try each
 * family in turn), and a single address given to them is refused as ERR_INVALID_IP_ADDRESS.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error !== null) return callback(error, '', 0);
    if (addresses.length === 0 || addresses.some(({ address }) => !isPublicAddress(address))) {
      const refused = new Error(`${hostname} resolves to a non-public address`);
      return callback(Object.assign(refused, { code: 'EADDRNOTPUBLIC' }), '', 0);
    }
    if (options.all === true) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/** Sends a POST with a 10-second limit; never throws — a failure is a result with an error. */
export const httpWebhookSender =
  (policy: UrlPolicy): WebhookSender =>
  (url, headers, body) =>
    new Promise((resolve) => {
      const started = performance.now();
      const done = (result: Omit<SendResult, 'durationMs'>) =>
        resolve({ ...result, durationMs: Math.round(performance.now() - started) });
      const target = new URL(url);
      const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
      const request = send(
        target,
        {
          method: 'POST',
          headers: {
            ...headers,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
          timeout: WEBHOOK_BOUNDS.timeoutMs,
          ...(policy === 'public-https' ? { lookup: publicOnlyLookup } : {}),
        },
        (response) => {
          // The answer's body is not kept: only whether the receiver took the delivery.
          response.resume();
          response.on('end', () => done({ status: response.statusCode ?? 0 }));
        },
      );
      request.on('timeout', () => request.destroy(new Error('timed out')));
      request.on('error', (error) => done({ error: (error as NodeJS.ErrnoException).code ?? error.message }));
      request.end(body);
    });
