import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { type LocalKeyward, type LocalKeywardOptions, startLocalKeyward } from '../../local/local-keyward.js';
import { sampleRoutePolicy } from '../../sample-api/routes.js';
import { environmentOf } from '../../shared/composition/settings.js';
import { OffsetClock } from '../../shared/domain/clock.js';
import { type CallCounter, countCalls } from '../../shared/observability/call-counter.js';

/** A Keyward server in this test process, on the shared DynamoDB Local, with tables of its own. */
export interface TestKeyward {
  readonly keyward: LocalKeyward;
  readonly url: string;
  readonly ownerKey: string;
  readonly clock: OffsetClock;
  readonly calls: CallCounter;
  /** DynamoDB calls of the sample API's token authorizer. */
  readonly authorizerCalls: CallCounter;
  /** A directory whose `.keyward/` is the server's home, as after `npm start` in a checkout. */
  readonly workdir: string;
  readonly tablePrefix: string;
  stop(): Promise<void>;
}

let counter = 0;

export type TestKeywardOptions = Pick<
  LocalKeywardOptions,
  | 'touchIntervalSeconds'
  | 'revocationBoundMs'
  | 'dynamoDbEndpoint'
  | 'storeTimeouts'
  | 'geoSource'
  | 'adminKeyFailuresPerMinute'
  | 'webhookIntervalMs'
> & {
  /**
   * Serve another test server's data (its home, keys and tables) instead of new ones: a second server
   * with other settings over data the first one wrote. The directory stays until that server stops.
   */
  readonly sharing?: TestKeyward;
};

export const startTestKeyward = async ({
  sharing,
  ...options
}: TestKeywardOptions = {}): Promise<TestKeyward> => {
  const workdir = sharing?.workdir ?? (await mkdtemp(join(tmpdir(), 'keyward-test-')));
  const home = join(workdir, '.keyward');
  const clock = new OffsetClock();
  counter += 1;
  const tablePrefix =
    sharing?.tablePrefix ?? `t${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}-`;
  const keyward = await startLocalKeyward({
    home,
    dynamoDbEndpoint:
      options.dynamoDbEndpoint ?? sharing?.keyward.dynamoDbEndpoint ?? inject('dynamoDbEndpoint'),
    tablePrefix,
    clock,
    // No webhook worker unless a test asks for one: its background calls would show in the counts tests make.
    webhookIntervalMs: 0,
    ...options,
  });
  return {
    keyward,
    url: keyward.url,
    // The owner is bootstrapped once, by the first server on the data.
    ownerKey: keyward.bootstrap?.adminKey ?? sharing!.ownerKey,
    clock,
    calls: countCalls(keyward.runtime.dynamodb),
    authorizerCalls: countCalls(keyward.verifier.dynamodb),
    workdir,
    tablePrefix,
    stop: async () => {
      await keyward.stop();
      if (sharing === undefined) await rm(workdir, { recursive: true, force: true });
    },
  };
};

/**
 * The environment a Lambda function (or another backend using `verifierFromEnvironment`) would have to work
 * with this test server's tables, peppers and DynamoDB Local, guarding the sample API's routes.
 */
export const functionEnvironmentOf = (kw: TestKeyward): Record<string, string> =>
  environmentOf({
    home: join(kw.workdir, '.keyward'),
    dynamodbEndpoint: kw.keyward.dynamoDbEndpoint,
    routePolicy: sampleRoutePolicy,
    tokensTable: kw.keyward.tables.tokens,
    directoryTable: kw.keyward.tables.directory,
    eventsTable: kw.keyward.tables.events,
  });
