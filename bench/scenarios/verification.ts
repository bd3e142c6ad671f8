import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { tokenKinds } from '../../shared/domain/kinds.js';
import { parseToken } from '../../shared/domain/token-format.js';
import { countCalls } from '../../shared/observability/call-counter.js';
import { createDocumentClient } from '../../shared/store/client.js';
import { DEFAULT_REVOCATION_BOUND_MS } from '../../shared/verify/verification-cache.js';
import { type BenchEnvironment, benchVerifier } from '../setup.js';
import { type LatencySummary, measureConcurrent, median, round, summarize } from '../stats.js';

const verifierFor = (env: BenchEnvironment, cache: boolean) =>
  benchVerifier(env, { revocationBoundMs: cache ? DEFAULT_REVOCATION_BOUND_MS : 0 });

/** The full pipeline with the cache off against a bare consistent GetItem of the same item, same client. */
export const coldVerification = async (
  env: BenchEnvironment,
  options: { concurrency: number; opsPerWorker: number; warmupPerWorker: number; rounds: number },
) => {
  const verifier = verifierFor(env, false);
  const documents = createDocumentClient(verifier.dynamodb);
  const calls = countCalls(verifier.dynamodb);
  const request = { token: env.token, method: 'GET', path: `/v2/sites/${env.siteId}` };
  const verify = () => verifier.verify(request);
  const raw = () =>
    documents.send(
      new GetCommand({
        TableName: env.keyward.tables.tokens,
        Key: { tokenId: env.tokenId },
        ConsistentRead: true,
      }),
    );
  await measureConcurrent(options.concurrency, options.warmupPerWorker, verify);
  await measureConcurrent(options.concurrency, options.warmupPerWorker, raw);
  const verifyRuns: LatencySummary[] = [];
  const rawRuns: LatencySummary[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    // Interleaved, alternating who goes first, so drift in the machine's load hits both alike.
    const order = round % 2 === 0 ? [verify, raw] : [raw, verify];
    for (const op of order) {
      const result = await measureConcurrent(options.concurrency, options.opsPerWorker, op);
      (op === verify ? verifyRuns : rawRuns).push(result);
    }
  }
  calls.reset();
  await verify();
  const callsPerVerification = calls.total();
  verifier.dynamodb.destroy();
  const pick = (runs: LatencySummary[]) =>
    runs.find((run) => run.opsPerSec === median(runs.map((r) => r.opsPerSec)))!;
  const coldVerify = pick(verifyRuns);
  const rawGetItem = pick(rawRuns);
  return {
    coldVerify: {
      ...coldVerify,
      ratioToRawGetItem: round(coldVerify.opsPerSec / rawGetItem.opsPerSec, 3),
      dynamoDbCalls: callsPerVerification,
    },
    rawGetItem: { ...rawGetItem, dynamoDbCalls: 1 },
  };
};

/** Verifications of a warm token, in process, on one core; and what the parts cost alone. */
export const cacheHitVerification = async (env: BenchEnvironment, count: number) => {
  const verifier = verifierFor(env, true);
  const calls = countCalls(verifier.dynamodb);
  const request = { token: env.token, method: 'GET', path: `/v2/sites/${env.siteId}` };
  await verifier.verify(request);
  calls.reset();
  const latencies = new Float64Array(count);
  const started = performance.now();
  for (let i = 0; i < count; i += 1) {
    const t0 = performance.now();
    await verifier.verify(request);
    latencies[i] = performance.now() - t0;
  }
  const cacheHit = summarize(latencies, performance.now() - started);
  const dynamoDbCalls = calls.total();
  verifier.dynamodb.destroy();

  const pepper = randomBytes(32);
  const secret = env.token.split('_')[2]!.slice(0, 32);
  const expected = createHmac('sha256', pepper).update(secret).digest();
  const bareStarted = performance.now();
  for (let i = 0; i < count; i += 1)
    timingSafeEqual(createHmac('sha256', pepper).update(secret).digest(), expected);
  const bareHmacOpsPerSec = Math.round((count / (performance.now() - bareStarted)) * 1_000);

  const checksumStarted = performance.now();
  for (let i = 0; i < count; i += 1) parseToken(env.token);
  const checksumNs = round(((performance.now() - checksumStarted) / count) * 1e6, 1);

  return {
    cacheHit: {
      ...cacheHit,
      verifications: count,
      dynamoDbCalls,
      ratioToBareHmac: round(cacheHit.opsPerSec / bareHmacOpsPerSec, 3),
    },
    bareHmac: { opsPerSec: bareHmacOpsPerSec },
    checksum: { nsPerCheck: checksumNs },
  };
};

/** Allowed verifications of one token inside one touch interval: how many writes they cost. */
export const writeAmplification = async (env: BenchEnvironment, verifications: number) => {
  const verifier = verifierFor(env, true);
  const calls = countCalls(verifier.dynamodb);
  const site = { kind: tokenKinds.site, ownerId: env.siteId };
  const issued = await env.keyward.runtime.tokens.create(env.owner, {}, site, {
    name: 'amplification',
    scopes: { sites: 'read' },
  });
  const request = { token: issued.token, method: 'GET', path: `/v2/sites/${env.siteId}` };
  for (let i = 0; i < verifications; i += 1) await verifier.verify(request);
  const counts = calls.counts();
  verifier.dynamodb.destroy();
  return {
    writeAmplification: {
      verifications,
      writes: counts.UpdateItemCommand ?? 0,
      reads: counts.GetItemCommand ?? 0,
    },
  };
};

/**
 * What credits cost: DynamoDB writes per allowed verification of a token with credits (one conditional
 * write each, like a rate limit), and its verification rate next to a plain token's, both cached, one at a time.
 */
export const creditSpend = async (env: BenchEnvironment, verifications: number) => {
  const verifier = verifierFor(env, true);
  const calls = countCalls(verifier.dynamodb);
  const site = { kind: tokenKinds.site, ownerId: env.siteId };
  const metered = await env.keyward.runtime.tokens.create(env.owner, {}, site, {
    name: 'metered',
    scopes: { sites: 'read' },
    credits: { remaining: verifications * 10 },
  });
  const path = `/v2/sites/${env.siteId}`;
  const rate = async (token: string) => {
    const request = { token, method: 'GET', path };
    await verifier.verify(request);
    calls.reset();
    const started = performance.now();
    for (let i = 0; i < verifications; i += 1) await verifier.verify(request);
    return {
      opsPerSec: Math.round(verifications / ((performance.now() - started) / 1_000)),
      writes: calls.counts().UpdateItemCommand ?? 0,
    };
  };
  const withCredits = await rate(metered.token);
  const plain = await rate(env.token);
  verifier.dynamodb.destroy();
  return {
    creditSpend: {
      verifications,
      writesPerVerification: round(withCredits.writes / verifications, 3),
      meteredOpsPerSec: withCredits.opsPerSec,
      plainOpsPerSec: plain.opsPerSec,
    },
  };
};
