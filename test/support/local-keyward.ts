import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { OffsetClock } from '../../shared/domain/clock.js';
import { type LocalKeyward, startLocalKeyward } from '../../local/local-keyward.js';
import { type CallCounter, countCalls } from './call-counter.js';

/** A Keyward server in this test process, on the shared DynamoDB Local, with tables of its own. */
export interface TestKeyward {
  readonly keyward: LocalKeyward;
  readonly url: string;
  readonly ownerKey: string;
  readonly clock: OffsetClock;
  readonly calls: CallCounter;
  stop(): Promise<void>;
}

let counter = 0;

export const startTestKeyward = async (options: { readonly touchIntervalSeconds?: number } = {}): Promise<TestKeyward> => {
  const home = await mkdtemp(join(tmpdir(), 'keyward-test-'));
  const clock = new OffsetClock();
  counter += 1;
  const keyward = await startLocalKeyward({
    home,
    dynamoDbEndpoint: inject('dynamoDbEndpoint'),
    tablePrefix: `t${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}-`,
    clock,
    ...options,
  });
  return {
    keyward,
    url: keyward.url,
    ownerKey: keyward.bootstrap!.adminKey,
    clock,
    calls: countCalls(keyward.runtime.dynamodb),
    stop: async () => {
      await keyward.stop();
      await rm(home, { recursive: true, force: true });
    },
  };
};
