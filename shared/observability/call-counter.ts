/** Counts the DynamoDB operations a client sends (tests and benchmarks measure calls per verification with it). */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** Per-command counts, through an SDK middleware added to the client. */
export interface CallCounter {
  readonly counts: () => Readonly<Record<string, number>>;
  readonly total: () => number;
  reset(): void;
}

export const countCalls = (client: DynamoDBClient): CallCounter => {
  let counts: Record<string, number> = {};
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? 'unknown';
      counts[name] = (counts[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'keywardCallCounter' },
  );
  return {
    counts: () => counts,
    total: () => Object.values(counts).reduce((sum, n) => sum + n, 0),
    reset: () => {
      counts = {};
    },
  };
};
