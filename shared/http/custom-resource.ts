import type { Context } from 'aws-lambda';
import * as z from 'zod';
import type { Container } from '../composition/container.js';
import { logger } from '../composition/store.js';
import { KeywardError } from '../domain/errors.js';
import { detailLine } from './error-details.js';

/**
 * CloudFormation's custom-resource protocol for a function that is its own provider: CloudFormation invokes
 * it (asynchronously, retrying a failed invocation twice) with a Create, Update or Delete request, and waits
 * for an answer PUT to the request's pre-signed URL. Whatever happens, an answer goes: a failure answers
 * FAILED with a reason CloudFormation shows in the stack's events — Keyward's message for a refusal, a
 * request id for anything else — so a deployment never hangs for CloudFormation's hour. Answers carry ids,
 * never values.
 */

const properties = z.record(z.string(), z.unknown());

export const customResourceEvent = z.object({
  RequestType: z.enum(['Create', 'Update', 'Delete']),
  ResponseURL: z.url(),
  StackId: z.string().min(1),
  RequestId: z.string().min(1),
  LogicalResourceId: z.string().min(1),
  ResourceType: z.string(),
  PhysicalResourceId: z.string().optional(),
  ResourceProperties: properties,
  OldResourceProperties: properties.optional(),
});
export type CustomResourceEvent = z.infer<typeof customResourceEvent>;

export interface CustomResourceResult {
  readonly physicalResourceId: string;
  /** What `Fn::GetAtt` reads: ids and names only. */
  readonly data?: Readonly<Record<string, string>>;
}

export type CustomResourceProvider = (event: CustomResourceEvent) => Promise<CustomResourceResult>;

/** Time kept back from the function's timeout to answer FAILED when the work overruns it. */
const ANSWER_MARGIN_MS = 5_000;

class DeadlineError extends Error {}

const withDeadline = <T>(work: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError()), Math.max(0, ms));
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
};

/** What CloudFormation shows of a failure: Keyward's explanation, or where to look. */
const reasonOf = (error: unknown, requestId: string): string => {
  if (error instanceof KeywardError) {
    return [error.message, ...(error.details ?? []).map(detailLine)].join(' ');
  }
  if (error instanceof DeadlineError) return `Timed out; the function's log has request ${requestId}.`;
  return `Internal error; the function's log has request ${requestId}.`;
};

/** PUTs the answer to CloudFormation's pre-signed S3 URL (an empty content type, as the URL was signed). */
const answer = async (url: string, body: Record<string, unknown>): Promise<void> => {
  const text = JSON.stringify(body);
  const response = await fetch(url, {
    method: 'PUT',
    headers: { 'content-type': '', 'content-length': String(Buffer.byteLength(text)) },
    body: text,
  });
  // Lambda retries a failed invocation: the provider's work is idempotent, so answering again is safe.
  if (!response.ok) throw new Error(`CloudFormation's response URL answered ${response.status}.`);
};

/**
 * A custom-resource function: `provider` (from the function's container) does the work; the answer, the
 * failure's reason and the deadline are handled here. A failed Create answers a physical id that names no
 * resource, so CloudFormation's rollback Delete finds nothing to end.
 */
export const customResourceHandler =
  (container: () => Container, providerOf: (container: Container) => CustomResourceProvider) =>
  async (raw: unknown, context: Pick<Context, 'getRemainingTimeInMillis'>): Promise<void> => {
    const event = customResourceEvent.parse(raw);
    const log = container().get(logger);
    const identity = {
      requestType: event.RequestType,
      logicalResourceId: event.LogicalResourceId,
      requestId: event.RequestId,
    };
    const common = {
      StackId: event.StackId,
      RequestId: event.RequestId,
      LogicalResourceId: event.LogicalResourceId,
    };
    let response: Record<string, unknown>;
    try {
      const result = await withDeadline(
        providerOf(container())(event),
        context.getRemainingTimeInMillis() - ANSWER_MARGIN_MS,
      );
      log.info('custom resource', { ...identity, physicalResourceId: result.physicalResourceId });
      response = {
        ...common,
        Status: 'SUCCESS',
        PhysicalResourceId: result.physicalResourceId,
        ...(result.data === undefined ? {} : { Data: result.data }),
      };
    } catch (error) {
      log.error('custom resource failed', { ...identity, error: error as Error });
      response = {
        ...common,
        Status: 'FAILED',
        Reason: reasonOf(error, event.RequestId),
        PhysicalResourceId: event.PhysicalResourceId ?? `failed-${event.RequestId}`,
      };
    }
    await answer(event.ResponseURL, response);
  };
