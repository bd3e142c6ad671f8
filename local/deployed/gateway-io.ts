import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody, singleValued } from '../http-request.js';

/** What a gateway sees of one HTTP request, read whole (API Gateway buffers bodies too). */
export interface GatewayRequest {
  readonly method: string;
  readonly path: string;
  readonly rawQueryString: string;
  /** Lower-case names; repeated headers joined with commas, as API Gateway does. */
  readonly headers: Readonly<Record<string, string>>;
  readonly multiValueHeaders: Readonly<Record<string, string[]>>;
  readonly query: Readonly<Record<string, string>>;
  readonly multiValueQuery: Readonly<Record<string, string[]>>;
  readonly body: Buffer;
  readonly sourceIp: string;
  readonly requestId: string;
  readonly receivedAt: Date;
}

export interface GatewayResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string | readonly string[]>>;
  readonly body?: string | Buffer;
}

/** One API's endpoint: listening at once (so its URL can go into the deployment), serving when told how. */
export interface GatewayEndpoint {
  readonly url: string;
  serve(handler: (request: GatewayRequest) => Promise<GatewayResponse>): void;
  close(): Promise<void>;
}

const read = async (request: IncomingMessage): Promise<GatewayRequest> => {
  const body = await readBody(request);
  const url = new URL(request.url ?? '/', 'http://gateway');
  const headerEntries: [string, string][] = [];
  for (let i = 0; i < request.rawHeaders.length; i += 2)
    headerEntries.push([request.rawHeaders[i]!.toLowerCase(), request.rawHeaders[i + 1]!]);
  const queryEntries = [...url.searchParams];
  const multiValued = (entries: [string, string][]) => {
    const values: Record<string, string[]> = {};
    for (const [name, value] of entries) values[name] = [...(values[name] ?? []), value];
    return values;
  };
  return {
    method: request.method ?? 'GET',
    path: url.pathname,
    rawQueryString: url.search.slice(1),
    headers: singleValued(headerEntries),
    multiValueHeaders: multiValued(headerEntries),
    query: singleValued(queryEntries),
    multiValueQuery: multiValued(queryEntries),
    body,
    sourceIp: (request.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
    requestId: randomUUID(),
    receivedAt: new Date(),
  };
};

const write = (response: ServerResponse, answer: GatewayResponse) => {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(answer.headers ?? {}))
    headers[name] = typeof value === 'string' ? value : [...value];
  response.writeHead(answer.status, headers);
  response.end(answer.body ?? '');
};

export const openGatewayEndpoint = async (): Promise<GatewayEndpoint> => {
  let handler: ((request: GatewayRequest) => Promise<GatewayResponse>) | undefined;
  const server = createServer(async (request, response) => {
    try {
      const answer =
        handler === undefined
          ? { status: 503, body: '{"message":"Service Unavailable"}' }
          : await handler(await read(request));
      write(response, answer);
    } catch (error) {
      // A fault of the emulation itself, never of the app: said plainly, as a 500 of the gateway's.
      write(response, {
        status: 500,
        headers: { 'content-type': 'application/json', 'x-emulation-error': 'true' },
        body: JSON.stringify({ message: `Emulation error: ${(error as Error).message}` }),
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

export const jsonResponse = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): GatewayResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** A Lambda proxy result's body as bytes. */
export const bodyOf = (body: unknown, base64: unknown): string | Buffer =>
  typeof body !== 'string' ? '' : base64 === true ? Buffer.from(body, 'base64') : body;
