import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Container } from '../../shared/composition/container.js';
import { changeFeedRepository, dynamodb, verificationStore } from '../../shared/composition/store.js';
import { tokenKinds } from '../../shared/domain/kinds.js';
import type { Actor } from '../../shared/services/directory/actor.js';
import { ensureTable } from '../../shared/store/create-tables.js';
import { localTableNames, TABLES, type TableNames } from '../../shared/store/tables.js';
import { TokenCache } from '../../shared/verify/token-cache.js';
import { VerificationCache } from '../../shared/verify/verification-cache.js';
import { type VerificationDependencies, verifyToken } from '../../shared/verify/verify-token.js';
import { startTestKeyward, type TestKeyward } from '../support/local-keyward.js';
import { type Replication, replicateWrites } from '../support/replication.js';

const BOUND_MS = 1_000;
const ALLOWANCE_MS = 5_000;
const STEP_MS = 50;
/** Scheduling and the copier's own reads and writes, on a loaded two-core machine. */
const SLACK_MS = 600;

/**
 * Two regions of a global table, simulated on DynamoDB Local: the primary's tables, written by Keyward's
 * services, and a replica set that a copier fills item by item, each after its own delay. Verifiers of the
 * replica region read only the replica tables. A revoke reaches them within the replication delay plus the
 * revocation bound — also when the change feed's entry arrives before the token's item, which a verifier
 * that allowed for no replication would miss for as long as it kept reading the feed.
 */
describe('Integration: revocation across regions, with replication delays', () => {
  let kw: TestKeyward;
  let owner: Actor;
  let replicaTables: TableNames;
  let replication: Replication;
  let replicaRegion: Container;
  /** How long the Tokens table's items take to arrive, and the other tables' (the change feed's among them). */
  const delays = { tokenItemMs: 0, feedMs: 0 };

  beforeAll(async () => {
    kw = await startTestKeyward({ revocationBoundMs: BOUND_MS });
    owner = { principalId: kw.keyward.bootstrap!.principal.id, keyId: 'k', isOwner: true };
    replicaTables = localTableNames(`${kw.tablePrefix}replica-`);
    const { runtime, dynamoDbEndpoint } = kw.keyward;
    for (const table of TABLES)
      await ensureTable(runtime.dynamodb, table, replicaTables[table.id.toLowerCase() as keyof TableNames]);
    replication = replicateWrites(runtime.dynamodb, {
      endpoint: dynamoDbEndpoint,
      primary: kw.keyward.tables,
      replica: replicaTables,
      delayOf: (table) => (table === 'tokens' ? delays.tokenItemMs : delays.feedMs),
    });
    replicaRegion = new Container({
      tables: replicaTables,
      keys: runtime.keys,
      clock: kw.clock,
      store: { endpoint: dynamoDbEndpoint },
    });
  });
  afterAll(async () => {
    replication?.stop();
    replicaRegion?.get(dynamodb).destroy();
    await kw?.stop();
  });

  /** A verifier of the replica region: its own cache, the replica tables, and the allowance given. */
  const replicaVerifier = (replicationAllowanceMs: number): VerificationDependencies => ({
    store: replicaRegion.get(verificationStore),
    keys: kw.keyward.runtime.keys,
    clock: kw.clock,
    touchIntervalSeconds: 3_600,
    cache: new VerificationCache({
      cache: new TokenCache({ clock: kw.clock }),
      feed: replicaRegion.get(changeFeedRepository),
      clock: kw.clock,
      boundMs: BOUND_MS,
      replicationAllowanceMs,
    }),
  });

  /** Revokes a token the replica verifiers have cached, and how long each took to refuse it. */
  const revocationTimes = async (tokenItemMs: number, feedMs: number) => {
    Object.assign(delays, { tokenItemMs, feedMs });
    const { directory, tokens } = kw.keyward.runtime;
    const workspace = await directory.createWorkspace(owner, {}, { name: 'w', plan: 'free' });
    const site = await directory.createSite(owner, {}, workspace.id, { displayName: 'S', shortName: 's' });
    const siteOwner = { kind: tokenKinds.site, ownerId: site.id };
    const issued = await tokens.create(owner, {}, siteOwner, { name: 'r', scopes: { sites: 'read' } });
    await replication.settled();
    const allowing = replicaVerifier(ALLOWANCE_MS);
    const unaware = replicaVerifier(0);
    for (const verifier of [allowing, unaware])
      expect((await verifyToken(verifier, { token: issued.token })).code).toBe('VALID');

    await tokens.revoke(owner, {}, siteOwner, issued.id);
    const revokedAt = performance.now();
    const refusedAfter = new Map<VerificationDependencies, number>();
    while (performance.now() - revokedAt < tokenItemMs + BOUND_MS + 2 * SLACK_MS) {
      for (const verifier of [allowing, unaware]) {
        if (refusedAfter.has(verifier)) continue;
        if ((await verifyToken(verifier, { token: issued.token })).code !== 'VALID')
          refusedAfter.set(verifier, performance.now() - revokedAt);
      }
      await sleep(STEP_MS);
    }
    await replication.settled();
    return { allowing: refusedAfter.get(allowing), unaware: refusedAfter.get(unaware) };
  };

  it('refuses a revoked token within the replication delay plus the bound, whichever item arrives first', async () => {
    const trials = [
      { tokenItemMs: 300, feedMs: 300 },
      { tokenItemMs: 1_500, feedMs: 200 },
      { tokenItemMs: 400, feedMs: 1_200 },
    ];
    const measured: string[] = [];
    for (const { tokenItemMs, feedMs } of trials) {
      const { allowing } = await revocationTimes(tokenItemMs, feedMs);
      const delayMs = Math.max(tokenItemMs, feedMs);
      expect(allowing, `item ${tokenItemMs} ms, feed ${feedMs} ms`).toBeDefined();
      expect(allowing!).toBeLessThanOrEqual(delayMs + BOUND_MS + SLACK_MS);
      measured.push(`item ${tokenItemMs} ms, feed ${feedMs} ms → refused after ${Math.round(allowing!)} ms`);
    }
    process.stdout.write(`replication: ${measured.join('; ')}\n`);
  });

  it('is needed: a verifier that allows for no replication keeps the stale item when the feed arrives first', async () => {
    const { allowing, unaware } = await revocationTimes(1_500, 200);
    expect(allowing).toBeDefined();
    expect(unaware).toBeUndefined();
  });
});
