import type { LocalKeyward } from '../../local/local-keyward.js';
import { scanAll } from './scan.js';

export interface ConsistencyReport {
  /** counterKey → active tokens counted from the Tokens table. */
  readonly recounted: Record<string, number>;
  /** counterKey → the counter item's value. */
  readonly counters: Record<string, number>;
  /** Token items with no `token.created` audit event: a create that half-happened. */
  readonly orphans: string[];
  readonly tokens: number;
}

/**
 * Recomputes every active-token counter from the Tokens table and compares it with the counter items, and
 * checks that every token item was written together with its audit event.
 */
export const checkConsistency = async (keyward: LocalKeyward): Promise<ConsistencyReport> => {
  const tokens = (await scanAll(keyward, keyward.tables.tokens)).filter(
    (item) => !String(item.tokenId).startsWith('rate#'),
  );
  const recounted: Record<string, number> = {};
  for (const token of tokens) {
    if (token.status !== 'active' || token.kind === 'admin') continue;
    const key = token.counterKey ?? token.ownerKey;
    recounted[key] = (recounted[key] ?? 0) + 1;
  }
  const counters: Record<string, number> = {};
  for (const item of await scanAll(keyward, keyward.tables.directory)) {
    // Admin keys (principal#…) are counted too, but the bootstrap key is written outside the API; skip them.
    if (item.sk === 'counter#tokens' && !item.pk.startsWith('principal#') && (item.activeTokens ?? 0) > 0)
      counters[item.pk] = item.activeTokens;
  }
  const events = await scanAll(keyward, keyward.tables.events);
  const created = new Set(
    events.filter((event) => event.action === 'token.created').map((event) => event.target?.id),
  );
  const orphans = tokens
    .filter((token) => token.kind !== 'admin' && !created.has(token.tokenId))
    .map((token) => token.tokenId as string);
  return { recounted, counters, orphans, tokens: tokens.length };
};
