import { LRUCache } from 'lru-cache';
import type { Clock } from '../domain/clock.js';
import type { TokenRecord } from '../domain/token.js';

export interface TokenCacheOptions {
  readonly clock: Clock;
  /** @default 10_000 */
  readonly maxEntries?: number;
  /** How long a found token is trusted; also the longest a revocation can go unnoticed. @default 5_000 */
  readonly positiveTtlMs?: number;
  /** How long an unknown id is remembered, to absorb floods of bad tokens. @default 1_000 */
  readonly negativeTtlMs?: number;
}

interface Entry {
  readonly record: TokenRecord | null;
}

/**
 * A bounded in-memory cache of token items by id. It holds items (with their hashes), never token values,
 * so every verification still compares the presented secret.
 */
export class TokenCache {
  readonly #entries: LRUCache<string, Entry>;
  readonly #positiveTtlMs: number;
  readonly #negativeTtlMs: number;

  public constructor(options: TokenCacheOptions) {
    this.#positiveTtlMs = options.positiveTtlMs ?? 5_000;
    this.#negativeTtlMs = options.negativeTtlMs ?? 1_000;
    this.#entries = new LRUCache<string, Entry>({
      max: options.maxEntries ?? 10_000,
      ttl: this.#positiveTtlMs,
      // TTLs follow the injected clock, read on every check (not cached between ticks) so tests can move it.
      perf: { now: () => options.clock.now().getTime() },
      ttlResolution: 0,
    });
  }

  /** The cached item, `null` for a remembered miss, `undefined` when nothing is cached. */
  public get(tokenId: string): TokenRecord | null | undefined {
    return this.#entries.get(tokenId)?.record;
  }

  public set(tokenId: string, record: TokenRecord | undefined): void {
    this.#entries.set(
      tokenId,
      { record: record ?? null },
      {
        ttl: record === undefined ? this.#negativeTtlMs : this.#positiveTtlMs,
      },
    );
  }

  /** Updates a cached item in place without extending its life (e.g. after recording a use). */
  public patch(tokenId: string, changes: Partial<TokenRecord>): void {
    const entry = this.#entries.get(tokenId);
    if (entry?.record == null) return;
    const remaining = this.#entries.getRemainingTTL(tokenId);
    if (remaining > 0)
      this.#entries.set(tokenId, { record: { ...entry.record, ...changes } }, { ttl: remaining });
  }
}
