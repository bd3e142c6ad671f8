import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeBucketOf, DEFAULT_CHANGE_FEED_REPLICAS } from '../../shared/domain/change-feed.js';
import { tokenKinds } from '../../shared/domain/kinds.js';
import type { Actor } from '../../shared/services/directory/actor.js';
import { ChangeFeedRepository } from '../../shared/store/change-feed-repository.js';
import { TokenCache } from '../../shared/verify/token-cache.js';
import { VerificationCache } from '../../shared/verify/verification-cache.js';
import { verifyToken } from '../../shared/verify/verify-token.js';
import { startTestKeyward, type TestKeyward } from '../support/local-keyward.js';

const VERIFIERS = 48;
// As many as the writers (the runtime's services) put each entry in.
const REPLICAS = DEFAULT_CHANGE_FEED_REPLICAS;
const BOUND_MS = 1_000;
const STEP_MS = 100;

/**
 * The change feed with K replicas, against DynamoDB Local: N simulated verifiers, each with its own cache and
 * reading the replica it picked, serve a token while it is revoked. Each partition key takes N / K of the
 * reads, every verifier reads at most once per second of serving, and every one refuses the token within the
 * revocation bound — the same bound as with one partition.
 */
describe('Integration: the change feed at scale, simulated', () => {
  let kw: TestKeyward;
  let owner: Actor;

  beforeAll(async () => {
    kw = await startTestKeyward({ revocationBoundMs: BOUND_MS });
    owner = { principalId: kw.keyward.bootstrap!.principal.id, keyId: 'k', isOwner: true };
  });
  afterAll(async () => {
    kw?.clock.reset();
    await kw?.stop();
  });

  it(`spreads ${VERIFIERS} verifiers' feed reads over ${REPLICAS} replicas, and all refuse a revoked token within ${BOUND_MS} ms`, async () => {
    // Prepare: a token, and verifiers that each read one replica (their writers put entries in all of them)
    const { directory, tokens, documents } = kw.keyward.runtime;
    const workspace = await directory.createWorkspace(owner, {}, { name: 'w', plan: 'free' });
    const site = await directory.createSite(owner, {}, workspace.id, { displayName: 'S', shortName: 's' });
    const siteOwner = { kind: tokenKinds.site, ownerId: site.id };
    const issued = await tokens.create(owner, {}, siteOwner, { name: 'fleet', scopes: { sites: 'read' } });
    const readsByPartition = new Map<string, number>();
    const readsByVerifier: number[] = Array(VERIFIERS).fill(0);
    const fleet = Array.from({ length: VERIFIERS }, (_, i) => {
      const replica = i % REPLICAS;
      const feed = new ChangeFeedRepository(documents, kw.keyward.tables.events, REPLICAS, replica);
      const counted = {
        readSince: (cursorMs: number, nowMs: number) => {
          const key = changeBucketOf(nowMs, replica);
          readsByPartition.set(key, (readsByPartition.get(key) ?? 0) + 1);
          readsByVerifier[i]! += 1;
          return feed.readSince(cursorMs, nowMs);
        },
      };
      const cache = new VerificationCache({
        cache: new TokenCache({ clock: kw.clock }),
        feed: counted,
        clock: kw.clock,
        boundMs: BOUND_MS,
      });
      const { usage: _notCounted, ...verification } = kw.keyward.runtime.verification;
      return { ...verification, cache };
    });
    const request = { token: issued.token };
    for (const deps of fleet) expect((await verifyToken(deps, request)).code).toBe('VALID');

    // Act: revoke through the service (its feed writes every replica), then serve in steps of simulated time
    await tokens.revoke(owner, {}, siteOwner, issued.id);
    const refusedAfterMs: (number | undefined)[] = Array(VERIFIERS).fill(undefined);
    let elapsedMs = 0;
    while (elapsedMs <= BOUND_MS + 2 * STEP_MS) {
      await Promise.all(
        fleet.map(async (deps, i) => {
          if (refusedAfterMs[i] !== undefined) return;
          if ((await verifyToken(deps, request)).code !== 'VALID') refusedAfterMs[i] = elapsedMs;
        }),
      );
      kw.clock.advance(STEP_MS);
      elapsedMs += STEP_MS;
    }

    // Assess
    expect(refusedAfterMs.every((ms) => ms !== undefined && ms <= BOUND_MS + STEP_MS)).toBe(true);
    // Each verifier read the feed at most once per second it served (here: at most twice in ~1.2 s).
    expect(Math.max(...readsByVerifier)).toBeLessThanOrEqual(Math.ceil(elapsedMs / 1_000) + 1);
    // Every replica partition took its share, and none more than N / K reads per read round.
    const replicasRead = new Set([...readsByPartition.keys()].map((key) => key.split('#').at(-1)));
    expect(replicasRead.size).toBe(REPLICAS);
    const rounds = Math.max(...readsByVerifier);
    for (const reads of readsByPartition.values())
      expect(reads).toBeLessThanOrEqual((VERIFIERS / REPLICAS) * rounds);
    process.stdout.write(
      `change feed: ${VERIFIERS} verifiers, ${REPLICAS} replicas, reads by partition ${JSON.stringify(Object.fromEntries(readsByPartition))}, refused after ≤ ${Math.max(...(refusedAfterMs as number[]))} ms\n`,
    );
  });
});
