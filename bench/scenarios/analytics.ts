import { identityService } from '../../shared/composition/services.js';
import { ManualClock } from '../../shared/domain/clock.js';
import { tokenKinds } from '../../shared/domain/kinds.js';
import { DEFAULT_REVOCATION_BOUND_MS } from '../../shared/verify/verification-cache.js';
import { type BenchEnvironment, benchVerifier } from '../setup.js';
import { round } from '../stats.js';

/**
 * Analytics writes per 10,000 verifications: one authorizer instance verifies `verifications` requests of
 * `tokens` tokens (all of one site and one identity; a site holds 5 at most) spread evenly over `minutes` minutes of an injected clock,
 * and every write to the Events table (where counts go) is counted. The counts are in memory between flushes,
 * so the writes depend on tokens × minutes, not on the number of verifications.
 */
export const analyticsWrites = async (
  env: BenchEnvironment,
  options: { readonly verifications: number; readonly tokens: number; readonly minutes: number },
) => {
  const clock = new ManualClock('2026-11-28T12:00:30.000Z');
  const verifier = benchVerifier(env, { revocationBoundMs: DEFAULT_REVOCATION_BOUND_MS, clock });
  const eventWrites = countWritesTo(verifier, env.keyward.tables.events);
  const { runtime } = env.keyward;
  const identity = await runtime.container
    .get(identityService)
    .create(env.owner, {}, { type: 'workspace', id: env.workspaceId }, { externalId: 'bench-customer' });
  const site = await runtime.directory.createSite(env.owner, {}, env.workspaceId, {
    displayName: 'Analytics',
    shortName: 'analytics',
  });
  const tokens: string[] = [];
  for (let i = 0; i < options.tokens; i += 1) {
    const issued = await runtime.tokens.create(
      env.owner,
      {},
      { kind: tokenKinds.site, ownerId: site.id },
      {
        name: `t${i}`,
        scopes: { sites: 'read' },
        identityId: identity.id,
      },
    );
    tokens.push(issued.token);
  }
  const stepMs = (options.minutes * 60_000) / options.verifications;
  const path = `/v2/sites/${site.id}`;
  const started = performance.now();
  for (let i = 0; i < options.verifications; i += 1) {
    clock.advance(stepMs);
    await verifier.verify({ token: tokens[i % tokens.length]!, method: 'GET', path });
  }
  const elapsedMs = performance.now() - started;
  await verifier.flushUsage();
  verifier.dynamodb.destroy();
  const writes = eventWrites();
  return {
    analytics: {
      verifications: options.verifications,
      tokens: options.tokens,
      minutes: options.minutes,
      writes,
      writesPer10kVerifications: round((writes / options.verifications) * 10_000, 1),
      // Each flush writes one item per token, plus the owner's and the identity's, per hour touched.
      expectedAtMost: (options.tokens + 2) * (options.minutes + 1),
      opsPerSec: Math.round(options.verifications / (elapsedMs / 1_000)),
    },
  };
};

/** Counts the writes a verifier's client sends to one table. */
const countWritesTo = (
  verifier: { dynamodb: BenchEnvironment['keyward']['runtime']['dynamodb'] },
  table: string,
) => {
  let writes = 0;
  verifier.dynamodb.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { TableName?: string };
      if (context.commandName === 'UpdateItemCommand' && input.TableName === table) writes += 1;
      return next(args);
    },
    { step: 'initialize', name: 'benchEventWrites' },
  );
  return () => writes;
};
