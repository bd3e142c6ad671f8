import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from '../http-request.js';
import { accessesOf } from './dynamodb-access.js';
import { isAllowed, type RequestContext } from './iam.js';
import { KmsError, type KmsStandIn } from './kms-stand-in.js';
import type { Statement, TableModel } from './model.js';
import { SecretsManagerError, type SecretsManagerStandIn } from './secrets-manager-stand-in.js';
import { signedBy } from './sigv4.js';

/**
 * The AWS endpoints a deployed function reaches, on one local port: DynamoDB (forwarded to DynamoDB Local),
 * KMS, EventBridge, SES and Secrets Manager (stand-ins). Functions find them through the SDK's standard
 * `AWS_ENDPOINT_URL_<SERVICE>` variables; the service is the one the request was signed for, and the caller
 * the access key, which the emulation issues per role. Every call is checked against that role's policy and
 * refused with `AccessDeniedException` as AWS would — so what a role lacks shows here, not after a deploy.
 */

export interface Caller {
  /** As AWS names it in a denial: `arn:aws:sts::…:assumed-role/<role>/<function>`. */
  readonly arn: string;
  /** The role's statements; `undefined` for the deployer (`npm run bootstrap`), who may do anything. */
  readonly statements?: readonly Statement[];
}

export interface Denial {
  readonly caller: string;
  readonly action: string;
  readonly resource: string;
}

export interface SentEvent {
  readonly source: string;
  readonly detailType: string;
  readonly detail: unknown;
  readonly bus: string;
}

export interface SentEmail {
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly configurationSet?: string;
}

export interface AwsServicesOptions {
  readonly region: string;
  readonly accountId: string;
  readonly dynamoDbEndpoint: string;
  readonly tables: readonly TableModel[];
  readonly kms: KmsStandIn;
  readonly secretsManager: SecretsManagerStandIn;
  /** Who an access key belongs to. */
  readonly callerOf: (accessKeyId: string) => Caller | undefined;
}

export interface AwsServices {
  readonly url: string;
  readonly denials: readonly Denial[];
  readonly events: readonly SentEvent[];
  readonly emails: readonly SentEmail[];
  readonly secretsManager: SecretsManagerStandIn;
  /** Returns the denials so far and forgets them (a test that provoked one on purpose). */
  takeDenials(): Denial[];
  /** While set, every call to the service answers 503 ServiceUnavailable, as AWS does in an outage. */
  setUnavailable(service: 'dynamodb' | 'kms', unavailable: boolean): void;
  close(): Promise<void>;
}

/** One AWS service's part: answers a caller's request (already authenticated by its access key). */
type ServiceHandler = (
  caller: Caller,
  request: IncomingMessage,
  body: Buffer,
  response: ServerResponse,
) => unknown;

/** A JSON protocol call: the operation its target header names, and its input. */
const callOf = (request: IncomingMessage, body: Buffer) => ({
  operation: String(request.headers['x-amz-target'] ?? '').split('.')[1] ?? '',
  input: JSON.parse(body.toString() || '{}'),
});

class ServiceError extends Error {
  public constructor(
    public readonly status: number,
    public readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const sendJson = (response: ServerResponse, status: number, body: unknown, contentType: string) => {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': contentType, 'x-amzn-requestid': randomUUID() });
  response.end(text);
};

export const startAwsServices = async (options: AwsServicesOptions): Promise<AwsServices> => {
  const denials: Denial[] = [];
  const events: SentEvent[] = [];
  const emails: SentEmail[] = [];
  const tablesByName = new Map(options.tables.map((table) => [table.name, table]));
  const unavailable = new Set<string>();

  const authorize = (caller: Caller, action: string, resource: string, context: RequestContext = {}) => {
    if (caller.statements === undefined || isAllowed(caller.statements, action, resource, context)) return;
    denials.push({ caller: caller.arn, action, resource });
    throw new ServiceError(
      400,
      'AccessDeniedException',
      `User: ${caller.arn} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`,
    );
  };

  const dynamodb: ServiceHandler = async (caller, request, body, response) => {
    const { operation, input } = callOf(request, body);
    for (const access of accessesOf(operation, input, (name) => tablesByName.get(name))) {
      authorize(caller, `dynamodb:${access.action}`, access.resource, {
        'dynamodb:LeadingKeys': access.leadingKeys,
      });
    }
    const forwarded = await fetch(options.dynamoDbEndpoint, {
      method: 'POST',
      headers: {
        'content-type': String(request.headers['content-type'] ?? 'application/x-amz-json-1.0'),
        'x-amz-target': String(request.headers['x-amz-target']),
        authorization: String(request.headers.authorization),
        'x-amz-date': String(request.headers['x-amz-date'] ?? ''),
      },
      body: new Uint8Array(body),
    });
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'x-amzn-requestid', 'x-amz-crc32']) {
      const value = forwarded.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    response.writeHead(forwarded.status, headers);
    response.end(Buffer.from(await forwarded.arrayBuffer()));
  };

  const kms: ServiceHandler = (caller, request, body, response) => {
    const { operation, input } = callOf(request, body);
    const reply = (value: unknown) => sendJson(response, 200, value, 'application/x-amz-json-1.1');
    try {
      if (operation === 'GenerateDataKey' || operation === 'Encrypt') {
        const keyArn = options.kms.keyArnOf(input.KeyId);
        authorize(caller, `kms:${operation}`, keyArn);
        const plaintext =
          operation === 'Encrypt'
            ? Buffer.from(input.Plaintext, 'base64')
            : Buffer.from(crypto.getRandomValues(new Uint8Array(input.NumberOfBytes ?? 32)));
        const blob = options.kms.encrypt(keyArn, plaintext, input.EncryptionContext);
        reply({
          KeyId: keyArn,
          CiphertextBlob: blob.toString('base64'),
          ...(operation === 'Encrypt' ? {} : { Plaintext: plaintext.toString('base64') }),
        });
      } else if (operation === 'Decrypt') {
        const blob = Buffer.from(input.CiphertextBlob, 'base64');
        authorize(caller, 'kms:Decrypt', options.kms.keyArnOfCiphertext(blob));
        const { keyArn, plaintext } = options.kms.decrypt(blob, input.EncryptionContext);
        reply({ KeyId: keyArn, Plaintext: plaintext.toString('base64') });
      } else {
        throw new ServiceError(400, 'UnsupportedOperationException', `KMS ${operation} is not emulated`);
      }
    } catch (error) {
      if (error instanceof KmsError) throw new ServiceError(400, error.type, error.message);
      throw error;
    }
  };

  const eventBridge: ServiceHandler = (caller, _request, body, response) => {
    const input = JSON.parse(body.toString() || '{}') as {
      Entries: { Source: string; DetailType: string; Detail: string; EventBusName?: string }[];
    };
    for (const entry of input.Entries) {
      const bus = entry.EventBusName ?? 'default';
      const busArn = bus.startsWith('arn:')
        ? bus
        : `arn:aws:events:${options.region}:${options.accountId}:event-bus/${bus}`;
      authorize(caller, 'events:PutEvents', busArn);
      events.push({
        source: entry.Source,
        detailType: entry.DetailType,
        detail: JSON.parse(entry.Detail),
        bus,
      });
    }
    sendJson(
      response,
      200,
      { FailedEntryCount: 0, Entries: input.Entries.map(() => ({ EventId: randomUUID() })) },
      'application/x-amz-json-1.1',
    );
  };

  const ses: ServiceHandler = (caller, request, body, response) => {
    if (request.method !== 'POST' || !request.url?.startsWith('/v2/email/outbound-emails')) {
      throw new ServiceError(
        404,
        'NotFoundException',
        `SES ${request.method} ${request.url} is not emulated`,
      );
    }
    const input = JSON.parse(body.toString() || '{}');
    const from = String(input.FromEmailAddress ?? '');
    const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
    const arnOf = (resource: string) => `arn:aws:ses:${options.region}:${options.accountId}:${resource}`;
    authorize(caller, 'ses:SendEmail', arnOf(`identity/${address}`));
    if (input.ConfigurationSetName !== undefined)
      authorize(caller, 'ses:SendEmail', arnOf(`configuration-set/${input.ConfigurationSetName}`));
    emails.push({
      from,
      to: input.Destination?.ToAddresses ?? [],
      subject: input.Content?.Simple?.Subject?.Data ?? '',
      ...(input.ConfigurationSetName === undefined ? {} : { configurationSet: input.ConfigurationSetName }),
    });
    sendJson(response, 200, { MessageId: randomUUID() }, 'application/json');
  };

  const secretsManager: ServiceHandler = (caller, request, body, response) => {
    const { operation, input } = callOf(request, body);
    try {
      authorize(
        caller,
        `secretsmanager:${operation}`,
        options.secretsManager.arnOf(String(input.SecretId ?? '')),
      );
      sendJson(response, 200, options.secretsManager.handle(operation, input), 'application/x-amz-json-1.1');
    } catch (error) {
      if (error instanceof SecretsManagerError)
        throw new ServiceError(error.status, error.type, error.message);
      throw error;
    }
  };

  const SERVICES: Record<string, ServiceHandler> = {
    dynamodb,
    kms,
    events: eventBridge,
    ses,
    secretsmanager: secretsManager,
  };

  const server = createServer(async (request, response) => {
    const signer = signedBy(request.headers.authorization);
    const json = request.headers['content-type']?.includes('x-amz-json') ?? false;
    try {
      const body = await readBody(request);
      const caller = signer === undefined ? undefined : options.callerOf(signer.accessKeyId);
      if (caller === undefined) {
        throw new ServiceError(
          400,
          'UnrecognizedClientException',
          'The security token included in the request is invalid.',
        );
      }
      if (unavailable.has(signer!.service))
        throw new ServiceError(503, 'ServiceUnavailable', 'The service is unavailable.');
      const service = SERVICES[signer!.service];
      if (service === undefined)
        throw new ServiceError(400, 'UnknownOperationException', `${signer!.service} is not emulated`);
      await service(caller, request, body, response);
    } catch (error) {
      const failure =
        error instanceof ServiceError
          ? error
          : new ServiceError(500, 'InternalFailure', (error as Error).message ?? 'Internal failure');
      if (json) {
        sendJson(
          response,
          failure.status,
          { __type: failure.type, message: failure.message },
          String(request.headers['content-type']),
        );
      } else {
        response.writeHead(failure.status === 400 ? 403 : failure.status, {
          'content-type': 'application/json',
          'x-amzn-errortype': failure.type,
        });
        response.end(JSON.stringify({ message: failure.message }));
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    denials,
    events,
    emails,
    secretsManager: options.secretsManager,
    takeDenials: () => denials.splice(0),
    setUnavailable: (service, isUnavailable) => {
      if (isUnavailable) unavailable.add(service);
      else unavailable.delete(service);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
