import { randomUUID } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { readBody } from '../http-request.js';

/**
 * Lambda's Extensions API for one execution environment (`AWS_LAMBDA_RUNTIME_API`): `register` and
 * `event/next`. Only SHUTDOWN is delivered; an extension that asks for INVOKE events is refused, since no
 * Keyward layer needs them and an emulation that ignored them would hide a hang.
 */
export interface ExtensionsApi {
  /** `host:port`, as Lambda sets AWS_LAMBDA_RUNTIME_API. */
  readonly address: string;
  /** Extensions registered so far. */
  readonly registered: number;
  /** Resolves once `count` extensions have registered and asked for their next event (init done). */
  waitForExtensions(count: number, timeoutMs: number): Promise<void>;
  /** Answers every waiting `event/next` with SHUTDOWN. */
  shutdown(): void;
  close(): Promise<void>;
}

export const startExtensionsApi = async (): Promise<ExtensionsApi> => {
  const registered = new Set<string>();
  const waiting = new Map<string, ServerResponse>();
  let shuttingDown = false;
  const shutdownEvent = () =>
    JSON.stringify({ eventType: 'SHUTDOWN', shutdownReason: 'spindown', deadlineMs: Date.now() + 2_000 });

  const server = createServer(async (request, response) => {
    const url = request.url ?? '';
    if (request.method === 'POST' && url === '/2020-01-01/extension/register') {
      const body = (await readBody(request)).toString();
      const events = (JSON.parse(body || '{}') as { events?: string[] }).events ?? [];
      if (events.some((event) => event !== 'SHUTDOWN')) {
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errorType: 'Extension.NotEmulated', errorMessage: `${events}` }));
        return;
      }
      const id = randomUUID();
      registered.add(id);
      response.writeHead(200, { 'content-type': 'application/json', 'lambda-extension-identifier': id });
      response.end(JSON.stringify({ functionName: '', functionVersion: '$LATEST', handler: '' }));
      return;
    }
    if (request.method === 'GET' && url === '/2020-01-01/extension/event/next') {
      const id = String(request.headers['lambda-extension-identifier'] ?? '');
      if (!registered.has(id)) {
        response.writeHead(403, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errorType: 'Extension.Unknown', errorMessage: 'Not registered' }));
        return;
      }
      if (shuttingDown) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(shutdownEvent());
        return;
      }
      waiting.set(id, response);
      return;
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    address: `127.0.0.1:${port}`,
    get registered() {
      return registered.size;
    },
    waitForExtensions: async (count, timeoutMs) => {
      const until = performance.now() + timeoutMs;
      while (waiting.size < count && performance.now() < until) await sleep(5);
      if (waiting.size < count)
        throw new Error(`${count - waiting.size} extension(s) did not finish init in ${timeoutMs} ms`);
    },
    shutdown: () => {
      shuttingDown = true;
      for (const response of waiting.values()) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(shutdownEvent());
      }
      waiting.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
