import type { Clock } from '../domain/clock.js';
import type { IdentityRecord } from '../domain/identity.js';
import type { TokenRecord } from '../domain/token.js';
import { setBounded } from './bounded-map.js';

/** Tokens an instance keeps in memory: 10,000 items are a few MB. */
export const DEFAULT_CACHE_MAX_ENTRIES = 10_000;

export interface TokenCacheOptions {
  readonly clock: Clock;
  /** @default DEFAULT_CACHE_MAX_ENTRIES */
  readonly maxEntries?: number;
  /**
   * The longest a found token is kept. Not the revocation bound: the change feed evicts changed tokens
   * (see VerificationCache); this only bounds how stale harmless details such as `lastUsedAt` get.
   * @default 300_000
   */
  readonly positiveTtlMs?: number;
  /** How long an unknown id is remembered, to absorb floods of bad tokens. @default 1_000 */
  readonly negativeTtlMs?: number;
}

/**
 * What verification caches: tokens by id, and the identities tokens belong to by `identity#<id>` (token ids are
 * hex, so the key says which it is, and one change feed evicts both).
 */
export type CachedItem = TokenRecord | IdentityRecord;

/** A cached item (`null` for a remembered miss) and when the read that produced it started. */
export interface CacheEntry {
  readonly record: CachedItem | null;
  readonly loadedAtMs: number;
  readonly expiresAtMs: number;
}

/** What a load remembers before reading the store, so a result that raced an eviction is not cached. */
export interface LoadTicket {
  readonly startedAtMs: number;
  readonly generation: number;
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
  readonly #entries = new Map<string, CacheEntry>();
  readonly #clock: Clock;
  readonly #maxEntries: number;
  readonly #positiveTtlMs: number;
  readonly #negativeTtlMs: number;
  /** Moves on every eviction, so a store read that started before one cannot put back what it removed. */
  #generation = 0;

  public constructor(options: TokenCacheOptions) {
    this.#clock = options.clock;
    this.#maxEntries = options.maxEntries ?? DEFAULT_CACHE_MAX_ENTRIES;
    this.#positiveTtlMs = options.positiveTtlMs ?? 300_000;
    this.#negativeTtlMs = options.negativeTtlMs ?? 1_000;
  }

  public get size(): number {
    return this.#entries.size;
  }

  /** The live entry for an id (marking it recently used), or `undefined`. */
  public entry(tokenId: string): CacheEntry | undefined {
    const entry = this.#live(tokenId);
    if (entry === undefined) return undefined;
    this.#entries.delete(tokenId);
    this.#entries.set(tokenId, entry);
    return entry;
  }

  /** The cached item, `null` for a remembered miss, `undefined` when nothing (live) is cached. */
  public get(tokenId: string): CachedItem | null | undefined {
    return this.entry(tokenId)?.record;
  }

  /** Call before reading the store; pass the ticket to `set`. */
  public ticket(): LoadTicket {
    return { startedAtMs: this.#clock.now().getTime(), generation: this.#generation };
  }

  /**
   * Remembers what a store read found. Skipped when anything was evicted since the read started: the
   * read may predate the change that caused the eviction, and caching it would undo the eviction.
   */
  public set(tokenId: string, record: CachedItem | undefined, ticket: LoadTicket = this.ticket()): void {
    if (ticket.generation !== this.#generation) return;
    const ttlMs = record === undefined ? this.#negativeTtlMs : this.#positiveTtlMs;
    this.#put(tokenId, {
      record: record ?? null,
      loadedAtMs: ticket.startedAtMs,
      expiresAtMs: this.#clock.now().getTime() + ttlMs,
    });
  }

  /** Updates a cached item without extending its life (e.g. after recording a use). */
  public patch(tokenId: string, changes: Partial<TokenRecord>): void {
    const entry = this.#live(tokenId);
    if (entry?.record == null) return;
    this.#put(tokenId, { ...entry, record: { ...entry.record, ...changes } });
  }

  /** Forgets one token (it changed). */
  public evict(tokenId: string): void {
    this.#generation += 1;
    this.#entries.delete(tokenId);
  }

  /** Forgets every token. */
  public clear(): void {
    this.#generation += 1;
    this.#entries.clear();
  }

  #live(tokenId: string): CacheEntry | undefined {
    const entry = this.#entries.get(tokenId);
    if (entry === undefined) return undefined;
    if (entry.expiresAtMs > this.#clock.now().getTime()) return entry;
    this.#entries.delete(tokenId);
    return undefined;
  }

  #put(tokenId: string, entry: CacheEntry): void {
    setBounded(this.#entries, tokenId, entry, this.#maxEntries);
  }
}
