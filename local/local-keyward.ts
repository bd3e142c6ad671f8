import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createRestRequestAuthorizer } from '../functions/authorizer/rest-request.js';
import { sampleRoutePolicy } from '../sample-api/routes.js';
import { createRuntime, type Runtime } from '../shared/composition/runtime.js';
import { usageCounter } from '../shared/composition/verification.js';
import { createVerifier, type Verifier } from '../shared/composition/verifier.js';
import { webhookDispatcher } from '../shared/composition/webhooks.js';
import { localFileKeyProvider } from '../shared/crypto/local-file-key-provider.js';
import type { Clock } from '../shared/domain/clock.js';
import type { Logger } from '../shared/observability/logger.js';
import { type BootstrapResult, bootstrapOwner } from '../shared/services/directory/bootstrap.js';
import type { StoreClientOptions } from '../shared/store/client.js';
import { ensureTable } from '../shared/store/create-tables.js';
import { localTableNames, TABLES, type TableNames } from '../shared/store/tables.js';
import type { GeoSource } from '../shared/verify/request-log.js';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.js';
import { startHttpServer } from './http-server.js';

/**
 * The whole service on one machine: DynamoDB Local (data under `home`), the tables, the local pepper
 * file, the first owner, and the HTTP server running the Lambda handlers.
 */

export interface LocalKeywardOptions {
  /** Holds DynamoDB Local's data, `keys.json` and `bootstrap-admin-key`. */
  readonly home: string;
  readonly port?: number;
  readonly host?: string;
  /** Port for the DynamoDB Local this starts; ignored with `dynamoDbEndpoint`. */
  readonly dynamoDbPort?: number;
  /** Use an already running DynamoDB Local (tests share one) instead of starting one. */
  readonly dynamoDbEndpoint?: string;
  /** Prefix for table names, so tests sharing one DynamoDB Local do not see each other's data. */
  readonly tablePrefix?: string;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly touchIntervalSeconds?: number;
  /**
   * Where request logs take country and city from. `cloudfront` only when every request passes CloudFront
   * (which sets its viewer headers); by default clients' own geo headers are ignored.
   */
  readonly geoSource?: GeoSource;
  /** Failed admin keys from one address a minute before 429. @default 60 */
  readonly adminKeyFailuresPerMinute?: number;
  /** The longest a revoke or rotation goes unnoticed by the authorizer's cache, in ms; 0 turns it off. */
  readonly revocationBoundMs?: number;
  /** Seconds between sweeper runs; 0 (the default) runs none. */
  readonly sweepIntervalSeconds?: number;
  /** Milliseconds between runs of the webhook dispatcher; 0 runs none. @default 1000 */
  readonly webhookIntervalMs?: number;
  /** Store client timeouts and attempts (defaults: see createDynamoDbClient). */
  readonly storeTimeouts?: Omit<StoreClientOptions, 'endpoint' | 'region'>;
}

export interface LocalKeyward {
  readonly url: string;
  readonly runtime: Runtime;
  /** The sample API's token authorizer's verifier (its cache, its policy). */
  readonly verifier: Verifier;
  readonly tables: TableNames;
  readonly dynamoDbEndpoint: string;
  /** Present only on the start that created the owner. */
  readonly bootstrap?: BootstrapResult;
  readonly bootstrapKeyFile: string;
  /** Adds the verification counts of the sample API's authorizer and of `POST /v1/verify` to the store now. */
  flushUsage(): Promise<void>;
  stop(): Promise<void>;
}

export const BOOTSTRAP_KEY_FILE = 'bootstrap-admin-key';

/** Local mail: each message an `.eml` file under `home/mail/` (SES's stand-in; the log says where). */
export const localMailOf = (home: string) => ({
  from: 'Keyward <keyward@localhost>',
  directory: join(home, 'mail'),
});

export const ensureTables = async (runtime: Runtime, tables: TableNames): Promise<void> => {
  const names = [tables.tokens, tables.directory, tables.events];
  await Promise.all(TABLES.map((table, i) => ensureTable(runtime.dynamodb, table, names[i]!)));
};

/**
 * Runs `work` every `ms`, at most `atOnce` runs at a time; a failed run is logged and the next one tries again.
 */
const startTimer = (
  runtime: Runtime,
  name: string,
  ms: number,
  work: () => Promise<void>,
  atOnce = 1,
): NodeJS.Timeout | undefined => {
  if (ms <= 0) return undefined;
  let running = 0;
  const timer = setInterval(async () => {
    if (running >= atOnce) return;
    running += 1;
    try {
      await work();
    } catch (error) {
      runtime.logger.error(`${name} failed`, {
        errorName: (error as Error).name,
        errorMessage: (error as Error).message,
      });
    } finally {
      running -= 1;
    }
  }, ms);
  timer.unref();
  return timer;
};

/** Runs the sweeper every `seconds`, like the daily schedule on AWS. */
const startSweepTimer = (runtime: Runtime, seconds: number) =>
  startTimer(runtime, 'Sweep', seconds * 1_000, async () => {
    runtime.logger.info('sweep', { ...(await runtime.sweeper.run()) });
  });

/**
 * Drains the webhook outbox every `ms`: the in-process worker that a function does on AWS. Runs overlap, so a
 * run waiting on a slow receiver does not hold up the next; the dispatcher skips endpoints already being sent to.
 */
const startWebhookTimer = (runtime: Runtime, ms: number) =>
  startTimer(
    runtime,
    'Webhook dispatch',
    ms,
    async () => {
      await runtime.container.get(webhookDispatcher).drain();
    },
    4,
  );

export const startLocalKeyward = async (options: LocalKeywardOptions): Promise<LocalKeyward> => {
  const home = resolve(options.home);
  await mkdir(home, { recursive: true, mode: 0o700 });
  let dynamo: DynamoDbLocal | undefined;
  if (options.dynamoDbEndpoint === undefined) {
    const dbPath = join(home, 'dynamodb');
    await mkdir(dbPath, { recursive: true });
    dynamo = await startDynamoDbLocal({ port: options.dynamoDbPort, dbPath });
  }
  const dynamoDbEndpoint = options.dynamoDbEndpoint ?? dynamo!.endpoint;
  const tables = localTableNames(options.tablePrefix);
  const runtime = createRuntime({
    tables,
    keys: localFileKeyProvider(join(home, 'keys.json')),
    store: { ...options.storeTimeouts, endpoint: dynamoDbEndpoint },
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.touchIntervalSeconds === undefined
      ? {}
      : { touchIntervalSeconds: options.touchIntervalSeconds }),
    ...(options.geoSource === undefined ? {} : { geoSource: options.geoSource }),
    ...(options.adminKeyFailuresPerMinute === undefined
      ? {}
      : { adminKeyFailuresPerMinute: options.adminKeyFailuresPerMinute }),
    // The local server serves the sample Data API too: `POST /v1/verify` answers for its routes.
    routePolicy: sampleRoutePolicy,
    // Receivers on this machine are the point of a local run.
    webhookUrlPolicy: 'local',
    mail: localMailOf(home),
  });
  try {
    await ensureTables(runtime, tables);
    const bootstrap = await bootstrapOwner(runtime);
    const bootstrapKeyFile = join(home, BOOTSTRAP_KEY_FILE);
    if (bootstrap !== undefined) {
      await writeFile(bootstrapKeyFile, `${bootstrap.adminKey}\n`, { mode: 0o600 });
      await chmod(bootstrapKeyFile, 0o600);
    }
    // The sample API's authorizer: the runtime's settings and news, with clients and a cache of its own.
    const verifier = createVerifier({
      ...runtime.container.options,
      policy: sampleRoutePolicy,
      clock: runtime.clock,
      notifier: runtime.notifier,
      logger: runtime.logger,
      ...(options.revocationBoundMs === undefined ? {} : { revocationBoundMs: options.revocationBoundMs }),
    });
    const server = await startHttpServer({
      runtime,
      port: options.port,
      host: options.host,
      authorizer: createRestRequestAuthorizer(() => verifier, runtime.logger),
    });
    const sweepTimer = startSweepTimer(runtime, options.sweepIntervalSeconds ?? 0);
    const webhookTimer = startWebhookTimer(runtime, options.webhookIntervalMs ?? 1_000);
    const flushUsage = async () => {
      await Promise.all([verifier.flushUsage(), runtime.container.get(usageCounter).flush()]);
    };
    return {
      url: server.url,
      runtime,
      verifier,
      tables,
      dynamoDbEndpoint,
      ...(bootstrap === undefined ? {} : { bootstrap }),
      bootstrapKeyFile,
      flushUsage,
      stop: async () => {
        if (sweepTimer !== undefined) clearInterval(sweepTimer);
        if (webhookTimer !== undefined) clearInterval(webhookTimer);
        await server.close();
        // Counts since the last minute's flush would otherwise go with the process.
        await flushUsage();
        verifier.dynamodb.destroy();
        runtime.dynamodb.destroy();
        await dynamo?.stop();
      },
    };
  } catch (error) {
    runtime.dynamodb.destroy();
    await dynamo?.stop();
    throw error;
  }
};
