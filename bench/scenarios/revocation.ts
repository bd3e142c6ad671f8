import { setTimeout as sleep } from 'node:timers/promises';
import { putAll, verifiableSiteToken } from '../../local/seed-tokens.js';
import type { Verifier } from '../../shared/composition/verifier.js';
import { addDays } from '../../shared/domain/clock.js';
import { tokenKinds } from '../../shared/domain/kinds.js';
import { countCalls } from '../../shared/observability/call-counter.js';
import { DEFAULT_REVOCATION_BOUND_MS } from '../../shared/verify/verification-cache.js';
import { type BenchEnvironment, benchVerifier } from '../setup.js';
import { median } from '../stats.js';

const POLL_MS = 10;

const cachingVerifier = (env: BenchEnvironment, maxEntries: number) =>
  benchVerifier(env, { revocationBoundMs: DEFAULT_REVOCATION_BOUND_MS, cache: { maxEntries } });

/** How long after `since` the last request still let through by `verifier` started. */
const msUntilRefused = async (verifier: Verifier, token: string, since: number): Promise<number> => {
  let lastAllowedStart = since;
  for (;;) {
    const started = performance.now();
    if (!(await verifier.verify({ token })).valid) return lastAllowedStart - since;
    lastAllowedStart = started;
    await sleep(POLL_MS);
  }
};

/**
 * Revocation propagation: `instances` verifiers with warm caches (as warm authorizer instances are); a token
 * is revoked through the token service at a random point of their feed cycle; the figure is how long after
 * the revoke each instance still let the token through. Then the feed's cost: instances serving `cached`
 * cached tokens as fast as they can, Query calls counted per instance-second.
 */
export const revocationPropagation = async (
  env: BenchEnvironment,
  options: { instances: number; trials: number; cached: number; feedSeconds: number },
) => {
  const { runtime, tables } = env.keyward;
  const verifiers = Array.from({ length: options.instances }, () =>
    cachingVerifier(env, options.cached + options.trials + 1),
  );
  const owner = { kind: tokenKinds.site, ownerId: env.siteId };
  const worstPerTrial: number[] = [];
  try {
    for (let trial = 0; trial < options.trials; trial += 1) {
      const issued = await runtime.tokens.create(env.owner, {}, owner, {
        name: `propagation ${trial}`,
        scopes: { sites: 'read' },
      });
      for (const verifier of verifiers) await verifier.verify({ token: issued.token });
      await sleep(Math.random() * 1_200);
      await runtime.tokens.revoke(env.owner, {}, owner, issued.id);
      const since = performance.now();
      const delays = await Promise.all(
        verifiers.map((verifier) => msUntilRefused(verifier, issued.token, since)),
      );
      worstPerTrial.push(Math.max(...delays));
    }

    const now = runtime.clock.now();
    const seeded = await Promise.all(
      Array.from({ length: options.cached }, () =>
        verifiableSiteToken(runtime.keys, `site#${env.siteId}`, addDays(now, 300)),
      ),
    );
    await putAll(
      runtime.documents,
      seeded.map(({ record }) => ({
        table: tables.tokens,
        item: { ...record, lastUsedAt: now.toISOString() },
      })),
    );
    for (const verifier of verifiers) {
      for (let i = 0; i < seeded.length; i += 100) {
        await Promise.all(seeded.slice(i, i + 100).map(({ value }) => verifier.verify({ token: value })));
      }
    }
    const counters = verifiers.map((verifier) => countCalls(verifier.dynamodb));
    const started = performance.now();
    let verifications = 0;
    while (performance.now() - started < options.feedSeconds * 1_000) {
      for (const verifier of verifiers)
        await verifier.verify({ token: seeded[verifications % seeded.length]!.value });
      verifications += 1;
    }
    const instanceSeconds = (options.instances * (performance.now() - started)) / 1_000;
    const feedReads = counters.reduce((sum, counter) => sum + (counter.counts().QueryCommand ?? 0), 0);
    const itemReads = counters.reduce((sum, counter) => sum + (counter.counts().GetItemCommand ?? 0), 0);
    return {
      revocation: {
        boundMs: DEFAULT_REVOCATION_BOUND_MS,
        instances: options.instances,
        trials: options.trials,
        maxMs: Math.round(Math.max(...worstPerTrial)),
        medianMs: Math.round(median(worstPerTrial)),
        cachedTokens: options.cached,
        feedReadsPerInstanceSecond: Number((feedReads / instanceSeconds).toFixed(2)),
        itemReadsWhileServing: itemReads,
      },
    };
  } finally {
    for (const verifier of verifiers) verifier.dynamodb.destroy();
  }
};
