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

/**
 * Sends a POST that must be answered — connected, sent, and the answer's status line and headers received —
 * within the attempt deadline (`WEBHOOK_BOUNDS.timeoutMs`); never throws, a failure is a result with an
 * error. A socket timeout alone fires only on an idle socket: a receiver trickling a byte a second could
 * otherwise hold an attempt for as long as it liked.
 */
export const httpWebhookSender =
  (policy: UrlPolicy, deadlineMs: number = WEBHOOK_BOUNDS.timeoutMs): WebhookSender =>
  (url, headers, body) =>
    new Promise((resolve) => {
      const started = performance.now();
      let deadline: NodeJS.Timeout | undefined;
      let settled = false;
      const done = (result: Omit<SendResult, 'durationMs'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        resolve({ ...result, durationMs: Math.round(performance.now() - started) });
      };
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
          timeout: deadlineMs,
          ...(policy === 'public-https' ? { lookup: publicOnlyLookup } : {}),
        },
        (response) => {
          // Only whether the receiver took the delivery counts: the status decides, and the body is not
          // waited for, so a receiver that answers 200 and then trickles its body holds nothing up.
          done({ status: response.statusCode ?? 0 });
          response.destroy();
        },
      );
      const timedOut = () => request.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' }));
      deadline = setTimeout(timedOut, deadlineMs);
      request.on('timeout', timedOut);
      request.on('error', (error) => done({ error: (error as NodeJS.ErrnoException).code ?? error.message }));
      request.end(body);
    });
