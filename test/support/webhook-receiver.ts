import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** The certificate (and its key) of the TLS receiver's hostname: a test fixture, self-signed, for no one else. */
const TLS_FIXTURE = join(process.cwd(), 'test', 'fixtures', 'webhook-tls');
export const RECEIVER_HOST = 'hooks.shop.example';
export const RECEIVER_CERTIFICATE = join(TLS_FIXTURE, 'cert.pem');

/**
 * A receiver on this machine: records what it gets, and answers what the test tells it to. With `tls`, it
 * speaks HTTPS as `https://hooks.shop.example` with the fixture's certificate (reached through an emulated
 * network that maps that name to `port`).
 */
export const startReceiver = async (options: { readonly tls?: boolean } = {}) => {
  const received: { headers: Record<string, string>; body: string }[] = [];
  const answers: number[] = [];
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ headers: request.headers as Record<string, string>, body });
      response.statusCode = answers.shift() ?? 200;
      response.end();
    });
  };
  const server: Server = options.tls
    ? createTlsServer(
        { cert: readFileSync(RECEIVER_CERTIFICATE), key: readFileSync(join(TLS_FIXTURE, 'key.pem')) },
        listener,
      )
    : createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: options.tls ? `https://${RECEIVER_HOST}/hooks` : `http://127.0.0.1:${port}/hooks`,
    port,
    received,
    answers,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
