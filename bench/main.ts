import { mkdir, writeFile } from 'node:fs/promises';
import { arch, cpus, platform, release, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import {
  changeFeedLoadOf,
  DEFAULT_CHANGE_FEED_REPLICAS,
  PARTITION_LIMITS,
} from '../shared/domain/change-feed.js';
import { analyticsWrites } from './scenarios/analytics.js';
import { bundleSizes } from './scenarios/bundles.js';
import { consoleLoad } from './scenarios/console.js';
import { httpOverhead } from './scenarios/http.js';
import { revocationPropagation } from './scenarios/revocation.js';
import { sweeperCost } from './scenarios/sweeper.js';
import {
  cacheHitVerification,
  coldVerification,
  creditSpend,
  writeAmplification,
} from './scenarios/verification.js';
import { startBenchEnvironment } from './setup.js';

/**
 * `npm run bench [-- --quick | --smoke]`: every scenario on its own DynamoDB Local, one table printed, every
 * figure in bench/results/latest.json. `--quick` shrinks the workloads, not the method; `--smoke` shrinks them
 * until the figures mean nothing, to prove in seconds that every scenario still runs (the test suite's check).
 * `--dynamodb-endpoint URL` runs on a DynamoDB Local already running instead of starting one.
 */

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    out: { type: 'string' },
    'dynamodb-endpoint': { type: 'string' },
  },
});
const mode = values.smoke ? 'smoke' : values.quick ? 'quick' : 'full';
const workloads = {
  smoke: {
    concurrency: 4,
    opsPerWorker: 5,
    warmupPerWorker: 2,
    rounds: 1,
    cacheHits: 1_000,
    amplification: 50,
    creditSpends: 10,
    analyticsVerifications: 100,
    live: 100,
    due: 10,
    httpSeconds: 0.5,
    importRuns: 1,
    revocationTrials: 1,
    feedSeconds: 0.5,
    bundledManagementFunctions: 2,
    consoleLoads: 1,
  },
  quick: {
    concurrency: 32,
    opsPerWorker: 100,
    warmupPerWorker: 50,
    rounds: 3,
    cacheHits: 50_000,
    amplification: 2_000,
    creditSpends: 200,
    analyticsVerifications: 2_000,
    live: 2_000,
    due: 100,
    httpSeconds: 2,
    importRuns: 3,
    revocationTrials: 5,
    feedSeconds: 2,
    bundledManagementFunctions: Number.POSITIVE_INFINITY,
    consoleLoads: 3,
  },
  full: {
    concurrency: 32,
    opsPerWorker: 5_000,
    warmupPerWorker: 50,
    rounds: 3,
    cacheHits: 200_000,
    amplification: 10_000,
    creditSpends: 2_000,
    analyticsVerifications: 10_000,
    live: 10_000,
    due: 100,
    httpSeconds: 10,
    importRuns: 5,
    revocationTrials: 30,
    feedSeconds: 5,
    bundledManagementFunctions: Number.POSITIVE_INFINITY,
    consoleLoads: 10,
  },
};
const sizes = workloads[mode];

const env = await startBenchEnvironment(values['dynamodb-endpoint']);
const results: Record<string, unknown> = {};
try {
  const step = async (name: string, run: () => Promise<Record<string, unknown>>) => {
    process.stderr.write(`bench: ${name}…\n`);
    Object.assign(results, await run());
  };
  await step('cache-hit verification', () => cacheHitVerification(env, sizes.cacheHits));
  await step('cold verification vs raw GetItem', () => coldVerification(env, sizes));
  await step('write amplification', () => writeAmplification(env, sizes.amplification));
  await step('credit spend', () => creditSpend(env, sizes.creditSpends));
  await step('analytics writes', () =>
    analyticsWrites(env, { verifications: sizes.analyticsVerifications, tokens: 5, minutes: 10 }),
  );
  await step('HTTP end to end', () =>
    httpOverhead(env, { connections: 16, durationSeconds: sizes.httpSeconds }),
  );
  await step('sweeper cost', () => sweeperCost(env, sizes.live, sizes.due));
  await step('revocation propagation and change-feed cost', () =>
    revocationPropagation(env, {
      instances: 4,
      trials: sizes.revocationTrials,
      cached: sizes.live,
      feedSeconds: sizes.feedSeconds,
    }),
  );
  await step('change feed at scale (model)', async () => ({
    changeFeedAtScale: {
      instances: 10_000,
      replicas: DEFAULT_CHANGE_FEED_REPLICAS,
      ...changeFeedLoadOf(10_000, 10, DEFAULT_CHANGE_FEED_REPLICAS),
      partitionReadLimit: PARTITION_LIMITS.readUnits,
      oneReplicaReadUnitsPerPartitionPerSecond: changeFeedLoadOf(10_000, 10, 1)
        .readUnitsPerPartitionPerSecond,
    },
  }));
  await step('bundle sizes and import time', () =>
    bundleSizes(sizes.importRuns, sizes.bundledManagementFunctions),
  );
  await step('console weight and first load', () => consoleLoad(sizes.consoleLoads));
} finally {
  await env.close();
}

const { default: pkg } = await import('../package.json', { with: { type: 'json' } });
const document = {
  timestamp: new Date().toISOString(),
  mode,
  machine: {
    platform: platform(),
    release: release(),
    arch: arch(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryBytes: totalmem(),
  },
  versions: { node: process.version, keyward: pkg.version, dependencies: pkg.dependencies },
  ...results,
};
const out = values.out ?? 'bench/results/latest.json';
await mkdir('bench/results', { recursive: true });
await writeFile(out, `${JSON.stringify(document, null, 2)}\n`);

const r = results as Record<string, Record<string, number>>;
const rows: Array<[string, string, string]> = [
  [
    'cold verify (cache off)',
    `${r.coldVerify!.opsPerSec} ops/s, p99 ${r.coldVerify!.p99Ms} ms`,
    `${r.coldVerify!.ratioToRawGetItem} × raw GetItem (target ≥ 0.85)`,
  ],
  [
    'raw consistent GetItem',
    `${r.rawGetItem!.opsPerSec} ops/s, p99 ${r.rawGetItem!.p99Ms} ms`,
    'the physical limit here',
  ],
  [
    'cache-hit verify',
    `${r.cacheHit!.opsPerSec} ops/s, p99 ${r.cacheHit!.p99Ms} ms`,
    `${r.cacheHit!.ratioToBareHmac} × bare HMAC (target ≥ 0.5; ≥ 100k/s, p99 < 0.1 ms)`,
  ],
  [
    'bare HMAC + timingSafeEqual',
    `${r.bareHmac!.opsPerSec} ops/s`,
    `checksum check alone: ${r.checksum!.nsPerCheck} ns`,
  ],
  [
    'write amplification',
    `${r.writeAmplification!.writes} write(s) / ${r.writeAmplification!.verifications} verifications`,
    'target 1',
  ],
  [
    'credit spend',
    `${r.creditSpend!.writesPerVerification} write(s) per allowed verification`,
    `${r.creditSpend!.meteredOpsPerSec} vs ${r.creditSpend!.plainOpsPerSec} verifications/s without credits (cached, one at a time)`,
  ],
  [
    'analytics writes',
    `${r.analytics!.writesPer10kVerifications} write(s) per 10,000 verifications`,
    `${r.analytics!.writes} for ${r.analytics!.verifications} verifications of ${r.analytics!.tokens} tokens over ${r.analytics!.minutes} min (one ADD per token, owner and identity per minute)`,
  ],
  [
    'sweeper',
    `${r.sweeper!.itemsRead} items read, ${r.sweeper!.expired} expired of ${r.sweeper!.due} due`,
    `${r.sweeper!.live} live, ${r.sweeper!.durationMs} ms (target reads ≤ 110)`,
  ],
  [
    'revocation propagation',
    `max ${r.revocation!.maxMs} ms, median ${r.revocation!.medianMs} ms`,
    `${r.revocation!.trials} trials × ${r.revocation!.instances} warm instances (bound ${r.revocation!.boundMs} ms)`,
  ],
  [
    'change feed',
    `${r.revocation!.feedReadsPerInstanceSecond} reads / instance-second`,
    `${r.revocation!.cachedTokens} cached tokens, ${r.revocation!.itemReadsWhileServing} item reads (target ≤ 1, 0)`,
  ],
  [
    'change feed at 10,000 instances (model)',
    `${r.changeFeedAtScale!.readUnitsPerPartitionPerSecond} read units / partition-second with ${r.changeFeedAtScale!.replicas} replicas`,
    `DynamoDB's limit ${r.changeFeedAtScale!.partitionReadLimit}; one partition would take ${r.changeFeedAtScale!.oneReplicaReadUnitsPerPartitionPerSecond}`,
  ],
  [
    'HTTP GET /v2/sites/{id}',
    `${r.http!.authorizedRps} vs ${r.http!.unauthenticatedRps} req/s`,
    `${r.http!.ratioToUnauthenticated} × unauthenticated, +${r.http!.addedP99Ms} ms p99`,
  ],
  [
    'authorizer bundle',
    `${r.bundle!.authorizerBytes} B vs ${r.bundle!.referenceBytes} B reference`,
    `${r.bundle!.sizeRatio} × size (≤ 1.25), ${r.bundle!.importTimeRatio} × import time (≤ 1.2)`,
  ],
  [
    'management bundles',
    `median ${r.bundle!.managementMedianBytes} B, largest ${r.bundle!.managementMaxBytes} B`,
    `${r.bundle!.managementMedianRatio} × / ${r.bundle!.managementMaxRatio} × reference (≤ 1.5 / ≤ 2), largest imports in ${r.bundle!.managementImportTimeRatio} ×`,
  ],
  [
    'console first visit',
    `${r.console!.firstVisitGzipBytes} B gzipped (JS ${r.console!.initialJsGzipBytes}, CSS ${r.console!.initialCssGzipBytes}); chart chunk ${r.console!.lazyJsGzipBytes} B later`,
    `sign-in form drawn in ${r.console!.firstLoadMedianMs} ms median (max ${r.console!.firstLoadMaxMs}) over ${r.console!.runs} fresh loads`,
  ],
];
const width = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
process.stdout.write(
  `\n${rows.map((row) => row.map((cell, i) => cell.padEnd(width[i]!)).join(' | ')).join('\n')}\n\nResults: ${out}\n`,
);
