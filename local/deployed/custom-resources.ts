import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from '../http-request.js';
import type { InvocationResult } from './lambda-host.js';
import type { CustomResourceModel } from './model.js';

/**
 * CloudFormation's side of custom resources: a request to the resource's function (invoked asynchronously,
 * so a failed invocation is tried twice more, as Lambda does), and the answer it PUTs to the request's
 * pre-signed URL — here a local one. Every request and answer is kept, as a stack's events keep them, so a
 * test can check that none carried a value.
 */

export interface CustomResourceAnswer {
  readonly Status: 'SUCCESS' | 'FAILED';
  readonly Reason?: string;
  readonly PhysicalResourceId: string;
  readonly Data?: Readonly<Record<string, unknown>>;
}

export interface CustomResourceExchange {
  readonly resource: string;
  readonly request: Readonly<Record<string, unknown>>;
  /** The answer's body as sent. */
  readonly body: string;
  readonly answer: CustomResourceAnswer;
}

export interface CustomResourceRequest {
  readonly requestType: 'Create' | 'Update' | 'Delete';
  readonly physicalResourceId?: string;
  /** @default the template's properties */
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly oldProperties?: Readonly<Record<string, unknown>>;
  /** Sends this request id again (a request CloudFormation repeats). @default a new one */
  readonly requestId?: string;
}

/** Lambda's retries of a failed asynchronous invocation. */
const ASYNC_RETRIES = 2;
/** How long an answer may take to arrive after the function returned. */
const ANSWER_WAIT_MS = 5_000;

export interface CloudFormationStandIn {
  /** Every exchange so far, oldest first. */
  readonly exchanges: readonly CustomResourceExchange[];
  /** Sends the resource a request and waits for its answer. */
  send(resource: CustomResourceModel, request: CustomResourceRequest): Promise<CustomResourceAnswer>;
  close(): Promise<void>;
}

export const startCloudFormationStandIn = async (
  invoke: (functionArn: string, event: unknown) => Promise<InvocationResult>,
): Promise<CloudFormationStandIn> => {
  const waiting = new Map<string, (body: string) => void>();
  const exchanges: CustomResourceExchange[] = [];
  const server = createServer(async (request, response) => {
    const body = (await readBody(request)).toString();
    waiting.get(request.url ?? '')?.(body);
    response.writeHead(200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  /** Lambda's asynchronous invocation: the error of the last attempt when every attempt failed. */
  const invokeWithRetries = async (functionArn: string, event: unknown): Promise<string | undefined> => {
    let error: string | undefined;
    for (let attempt = 0; attempt <= ASYNC_RETRIES; attempt += 1) {
      const result = await invoke(functionArn, event);
      if (result.ok) return undefined;
      error = result.error.errorMessage;
    }
    return error;
  };

  const send = async (resource: CustomResourceModel, request: CustomResourceRequest) => {
    const path = `/responses/${randomUUID()}`;
    const answered = new Promise<string>((resolve) => waiting.set(path, resolve));
    const event = {
      RequestType: request.requestType,
      ServiceToken: resource.serviceToken,
      ResponseURL: `http://127.0.0.1:${port}${path}`,
      StackId: resource.stackId,
      RequestId: request.requestId ?? randomUUID(),
      LogicalResourceId: resource.logicalId,
      ResourceType: resource.type,
      ...(request.physicalResourceId === undefined ? {} : { PhysicalResourceId: request.physicalResourceId }),
      ResourceProperties: {
        ServiceToken: resource.serviceToken,
        ...(request.properties ?? resource.properties),
      },
      ...(request.oldProperties === undefined
        ? {}
        : { OldResourceProperties: { ServiceToken: resource.serviceToken, ...request.oldProperties } }),
    };
    try {
      const failure = await invokeWithRetries(resource.serviceToken, event);
      // A function that returned has PUT its answer; one that failed every attempt may have answered first.
      const body = await Promise.race([
        answered,
        new Promise<never>((_, reject) => {
          const nothing = `${resource.stack}/${resource.logicalId}: its function answered nothing`;
          setTimeout(
            () => reject(new Error(failure === undefined ? nothing : `${nothing} (${failure})`)),
            failure === undefined ? ANSWER_WAIT_MS : 0,
          ).unref();
        }),
      ]);
      const answer = JSON.parse(body) as CustomResourceAnswer;
      exchanges.push({ resource: `${resource.stack}/${resource.logicalId}`, request: event, body, answer });
      return answer;
    } finally {
      waiting.delete(path);
    }
  };

  return {
    exchanges,
    send,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
