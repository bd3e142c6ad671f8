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
  readonly expiresAtMs: number;
}

/**
 * A bounded in-memory cache of token items by id, least recently used evicted first. It holds items (with
 * their hashes), never token values, so every verification still compares the presented secret.
 *
 * A `Map` keeps insertion order, so moving an entry to the end on each hit makes the first key the least
 * recently used one. Written out (rather than taken from an LRU library) because it is on the authorizer's
 * hottest path, must follow the injected clock, and is a fraction of a library's bundle size.
 */
export class TokenCache {
  readonly #entries = new Map<string, Entry>();
  readonly #clock: Clock;
  readonly #maxEntries: number;
  readonly #positiveTtlMs: number;
  readonly #negativeTtlMs: number;

  public constructor(options: TokenCacheOptions) {
    this.#clock = options.clock;
    this.#maxEntries = options.maxEntries ?? 10_000;
    this.#positiveTtlMs = options.positiveTtlMs ?? 5_000;
    this.#negativeTtlMs = options.negativeTtlMs ?? 1_000;
  }

  public get size(): number {
    return this.#entries.size;
  }

  /** The cached item, `null` for a remembered miss, `undefined` when nothing (live) is cached. */
  public get(tokenId: string): TokenRecord | null | undefined {
    const entry = this.#live(tokenId);
    if (entry === undefined) return undefined;
    this.#entries.delete(tokenId);
    this.#entries.set(tokenId, entry);
    return entry.record;
  }

  public set(tokenId: string, record: TokenRecord | undefined): void {
    const ttlMs = record === undefined ? this.#negativeTtlMs : this.#positiveTtlMs;
    this.#put(tokenId, { record: record ?? null, expiresAtMs: this.#clock.now().getTime() + ttlMs });
  }

  /** Updates a cached item without extending its life (e.g. after recording a use). */
  public patch(tokenId: string, changes: Partial<TokenRecord>): void {
    const entry = this.#live(tokenId);
    if (entry?.record == null) return;
    this.#put(tokenId, { record: { ...entry.record, ...changes }, expiresAtMs: entry.expiresAtMs });
  }

  #live(tokenId: string): Entry | undefined {
    const entry = this.#entries.get(tokenId);
    if (entry === undefined) return undefined;
    if (entry.expiresAtMs > this.#clock.now().getTime()) return entry;
    this.#entries.delete(tokenId);
    return undefined;
  }

  #put(tokenId: string, entry: Entry): void {
    this.#entries.delete(tokenId);
    this.#entries.set(tokenId, entry);
    if (this.#entries.size > this.#maxEntries) {
      const eldest = this.#entries.keys().next().value;
      if (eldest !== undefined) this.#entries.delete(eldest);
    }
  }
}
