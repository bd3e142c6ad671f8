import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../domain/errors.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** One item of a transaction, with the domain error its failed condition means. */
export interface TransactionStep {
  readonly item: TransactItem;
  /** Error to throw when this item's condition fails; other failed conditions become a generic conflict. */
  readonly onConditionFailed?: () => Error;
}

/** The steps that go along with a change: its audit event, and whatever else must commit with it. */
export type AccompanyingSteps = TransactionStep | readonly TransactionStep[];

export const stepsOf = (steps: AccompanyingSteps): readonly TransactionStep[] =>
  Array.isArray(steps) ? steps : [steps as TransactionStep];

const MAX_CONFLICT_RETRIES = 10;
const BASE_BACKOFF_MS = 10;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the steps as one TransactWriteItems. Concurrent transactions on the same item cancel each other
 * with `TransactionConflict`; those are retried with jittered backoff, since they carry no verdict yet.
 * A failed condition is a verdict and becomes the step's domain error.
 */
export const transactWrite = async (
  client: DynamoDBDocumentClient,
  steps: readonly TransactionStep[],
): Promise<void> => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await client.send(new TransactWriteCommand({ TransactItems: steps.map((step) => step.item) }));
      return;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failedIndex = reasons.findIndex((reason) => reason.Code === 'ConditionalCheckFailed');
      if (failedIndex >= 0) {
        throw (
          steps[failedIndex]?.onConditionFailed?.() ??
          new ConflictError('The resource changed; retry.', 'conflict')
        );
      }
      const conflicted = reasons.some((reason) => reason.Code === 'TransactionConflict');
      if (!conflicted || attempt >= MAX_CONFLICT_RETRIES) throw error;
      await sleep(BASE_BACKOFF_MS * 2 ** Math.min(attempt, 5) * Math.random());
    }
  }
};

/**
 * Writes the steps if every condition holds; `false`, not an error, when one does not — for writes that
 * happen once (a notice announced, a sweep mark set) and are simply not needed a second time.
 */
export const transactWriteOnce = async (
  client: DynamoDBDocumentClient,
  steps: readonly TransactionStep[],
): Promise<boolean> => {
  try {
    await transactWrite(client, steps);
    return true;
  } catch (error) {
    if (error instanceof ConflictError) return false;
    throw error;
  }
};
