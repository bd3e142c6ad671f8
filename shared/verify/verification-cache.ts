import {
  CHANGE_READ_LAG_MS,
  changeCursorOf,
  changeStampOf,
  oneReadCovers,
  replicationAllowanceProblem,
} from '../domain/change-feed.js';
import type { Clock } from '../domain/clock.js';
import type { TokenRecord } from '../domain/token.js';
import type { ChangeFeedPage } from '../store/change-feed-repository.js';
import type { CachedItem, LoadTicket, TokenCache } from './token-cache.js';

/** The one read the cache needs from the change feed. */
export interface ChangeFeedSource {
  readSince(cursorMs: number, nowMs: number): Promise<ChangeFeedPage>;
}

export interface VerificationCacheOptions {
  readonly cache: TokenCache;
  readonly feed: ChangeFeedSource;
  readonly clock: Clock;
  /** The longest a change to a token may go unnoticed here, in ms. */
  readonly boundMs: number;
  /** Called when the feed cannot be read (cached answers are then not trusted past the bound). */
  readonly onFeedError?: (error: unknown) => void;
  /**
   * In a region that reads replicas of tables written elsewhere (global tables): the longest a change may take
   * to arrive here, in ms. @default 0 (the tables are written in this region)
   */
  readonly replicationAllowanceMs?: number;
}

/** How long a change may go unnoticed by a caching verifier, unless configured otherwise. */
export const DEFAULT_REVOCATION_BOUND_MS = 1_000;

/** The feed is read at most this often, whatever the bound: one read per instance-second at most. */
export const MIN_FEED_READ_INTERVAL_MS = 1_000;

/** A cached token is read again for a value it does not know at most this often (see `recheck`). */
export const MIN_RECHECK_INTERVAL_MS = 1_000;

/**
 * Cached token items that are never trusted longer than the revocation bound after a change.
 *
 * An entry is trusted while the read that produced it is younger than the bound, or while the change feed
 * has been read within the bound. Why that holds: a change committed before a store read is in the
 * entry; a change committed before a feed read evicted the entry (and `TokenCache.set` refuses results of
 * reads that raced an eviction); so a stale entry is only ever served before (its read or the last feed
 * read) + bound, both of which precede the change, i.e. less than `bound` after the change.
 *
 * The feed is read lazily, by the request that finds it due, and never while no requests arrive. When it
 * cannot be read, entries older than the bound are not trusted and requests fall back to the store (fail
 * closed). When the last read is too long ago for one read to cover the gap, the whole cache is dropped.
 *
 * Reading replicas (global tables), a change's items arrive one by one, each after its own delay: the feed
 * entry may come before the token's item. So reads reach back the replication allowance A too, and a token
 * the feed reported changed at t is trusted from a read made before t + A (when its item has surely arrived)
 * only for the bound after that read: a stale item is re-read every bound until the change is here, and the
 * revocation bound becomes the replication delay plus the bound, for delays up to A.
 */
export class VerificationCache {
  readonly #cache: TokenCache;
  readonly #feed: ChangeFeedSource;
  readonly #clock: Clock;
  readonly #boundMs: number;
  readonly #onFeedError: ((error: unknown) => void) | undefined;
  /** Every change committed before this moment is reflected in the cache. */
  #syncedAtMs: number;
  /** The next read returns entries stamped after this moment. */
  #cursorMs: number;
  #lastAttemptMs = Number.NEGATIVE_INFINITY;
  /** The latest time the clock has shown, to notice it going back. */
  #latestMs: number;
  /** Entries applied by an earlier read that later reads return again (they overlap by the read lag). */
  #applied = new Set<string>();
  #reading: Promise<boolean> | undefined;
  /** When each token was last read again for an unknown value; as bounded as the cache itself. */
  readonly #recheckedAtMs = new Map<string, number>();
  readonly #allowanceMs: number;
  /** Tokens the feed reported changed, with when their items have surely arrived here (stamp + allowance). */
  readonly #settlesAtMs = new Map<string, number>();

  public constructor(options: VerificationCacheOptions) {
    this.#cache = options.cache;
    this.#feed = options.feed;
    this.#clock = options.clock;
    this.#boundMs = options.boundMs;
    this.#onFeedError = options.onFeedError;
    this.#allowanceMs = options.replicationAllowanceMs ?? 0;
    const problem = replicationAllowanceProblem(this.#allowanceMs);
    if (problem !== undefined) throw new Error(problem);
    // An empty cache reflects everything.
    this.#syncedAtMs = this.#clock.now().getTime();
    this.#latestMs = this.#syncedAtMs;
    this.#cursorMs = this.#cursorBefore(this.#syncedAtMs);
  }

  public get size(): number {
    return this.#cache.size;
  }

  /**
   * A trusted cached answer: the item, `null` for a remembered miss, `undefined` when the store must be
   * read. Synchronous on the hot path; it awaits a feed read at most once per second.
   */
  public get(tokenId: string): CachedItem | null | undefined | Promise<CachedItem | null | undefined> {
    const nowMs = this.#now();
    const entry = this.#cache.entry(tokenId);
    if (entry === undefined) return undefined;
    if (entry.loadedAtMs < (this.#settlesAtMs.get(tokenId) ?? Number.NEGATIVE_INFINITY)) {
      // Read before its change had surely replicated here: the item may be the old one.
      return this.#isRecent(entry.loadedAtMs, nowMs) ? entry.record : undefined;
    }
    if (this.#isRecent(entry.loadedAtMs, nowMs) || this.#isRecent(this.#syncedAtMs, nowMs))
      return entry.record;
    // Once the read is done, the entry is trusted only if that read is still within the bound: a read that
    // took longer than the bound (a slow or overloaded store) reflects nothing changed while it ran.
    return this.#catchUp().then((current) =>
      current && this.#isRecent(this.#syncedAtMs, this.#now()) ? this.#cache.get(tokenId) : undefined,
    );
  }

  public ticket(): LoadTicket {
    this.#now();
    return this.#cache.ticket();
  }

  public set(tokenId: string, record: CachedItem | undefined, ticket: LoadTicket): void {
    this.#cache.set(tokenId, record, ticket);
  }

  public patch(tokenId: string, changes: Partial<TokenRecord>): void {
    this.#cache.patch(tokenId, changes);
  }

  /**
   * Whether a token cached before `beforeMs` should be read again because a value it does not know was
   * presented — a value issued since it was cached (a regenerate, a rotated secret) works at once instead of
   * after the bound. Evicts it when so. At most once a second per token, so wrong values for a known id
   * cost at most one read a second, as unknown ids do.
   */
  public recheck(tokenId: string, beforeMs: number): boolean {
    const entry = this.#cache.entry(tokenId);
    const nowMs = this.#now();
    if (entry === undefined || entry.record === null || entry.loadedAtMs >= beforeMs) return false;
    if (nowMs - (this.#recheckedAtMs.get(tokenId) ?? Number.NEGATIVE_INFINITY) < MIN_RECHECK_INTERVAL_MS)
      return false;
    if (this.#recheckedAtMs.size >= Math.max(this.#cache.size, 1)) this.#recheckedAtMs.clear();
    this.#recheckedAtMs.set(tokenId, nowMs);
    this.#cache.evict(tokenId);
    return true;
  }

  /** Forgets a token this instance changed itself, without waiting for the feed. */
  public forget(tokenId: string): void {
    this.#cache.evict(tokenId);
  }

  /** Whether `ms` lies within the bound before `nowMs` (a stamp after it comes from before a clock step). */
  #isRecent(ms: number, nowMs: number): boolean {
    return ms <= nowMs && ms >= nowMs - this.#boundMs;
  }

  /**
   * The clock's time, after forgetting everything if it went back since the last look (an NTP step, a test
   * clock): every stamp taken before the step would otherwise look younger than it is, and an entry or a feed
   * read could be trusted past the bound by the size of the step.
   */
  #now(): number {
    const nowMs = this.#clock.now().getTime();
    if (nowMs < this.#latestMs) {
      this.#forgetAll(nowMs);
      this.#lastAttemptMs = Number.NEGATIVE_INFINITY;
    }
    this.#latestMs = nowMs;
    return nowMs;
  }

  /** Whether the feed has been read within the bound (reading it now if it is due). */
  #catchUp(): Promise<boolean> {
    const nowMs = this.#now();
    if (this.#isRecent(this.#syncedAtMs, nowMs)) return Promise.resolve(true);
    if (this.#reading === undefined && nowMs - this.#lastAttemptMs < MIN_FEED_READ_INTERVAL_MS) {
      return Promise.resolve(false);
    }
    this.#reading ??= this.#read(nowMs).finally(() => {
      this.#reading = undefined;
    });
    return this.#reading;
  }

  async #read(startedAtMs: number): Promise<boolean> {
    this.#lastAttemptMs = startedAtMs;
    if (!oneReadCovers(this.#cursorMs, startedAtMs)) {
      this.#forgetAll(startedAtMs);
      return true;
    }
    let page: ChangeFeedPage;
    try {
      page = await this.#feed.readSince(this.#cursorMs, startedAtMs);
    } catch (error) {
      this.#onFeedError?.(error);
      return false;
    }
    if (page.truncated) {
      this.#forgetAll(startedAtMs);
      return true;
    }
    const nextCursorMs = this.#cursorBefore(startedAtMs);
    const nextCursor = changeCursorOf(nextCursorMs);
    const applied = new Set<string>();
    for (const { sk, tokenId } of page.changes) {
      if (!this.#applied.has(sk)) {
        this.#cache.evict(tokenId);
        if (this.#allowanceMs > 0) this.#settleLater(tokenId, changeStampOf(sk) + this.#allowanceMs);
      }
      // Entries older than the next cursor will not be returned again.
      if (sk > nextCursor) applied.add(sk);
    }
    this.#forgetSettled(startedAtMs);
    this.#applied = applied;
    this.#cursorMs = nextCursorMs;
    this.#syncedAtMs = startedAtMs;
    return true;
  }

  #forgetAll(nowMs: number): void {
    this.#cache.clear();
    this.#applied = new Set();
    this.#cursorMs = this.#cursorBefore(nowMs);
    this.#syncedAtMs = nowMs;
  }

  /** Where the next read starts: far enough back for late commits, and for late replication. */
  #cursorBefore(ms: number): number {
    return ms - CHANGE_READ_LAG_MS - this.#allowanceMs;
  }

  #settleLater(tokenId: string, settlesAtMs: number): void {
    this.#settlesAtMs.set(tokenId, Math.max(settlesAtMs, this.#settlesAtMs.get(tokenId) ?? 0));
  }

  /**
   * Forgets tokens whose change has long arrived; an entry read before it arrived goes with them, as such an
   * entry would otherwise be trusted again on the feed's word.
   */
  #forgetSettled(nowMs: number): void {
    for (const [tokenId, settlesAtMs] of this.#settlesAtMs) {
      if (settlesAtMs + this.#boundMs > nowMs) continue;
      const entry = this.#cache.entry(tokenId);
      if (entry !== undefined && entry.loadedAtMs < settlesAtMs) this.#cache.evict(tokenId);
      this.#settlesAtMs.delete(tokenId);
    }
  }
}
