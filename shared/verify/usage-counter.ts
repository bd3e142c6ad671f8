import type { Clock } from '../domain/clock.js';
import { forEachAtMost } from '../domain/concurrency.js';
import { USAGE_BOUNDS, type UsageSubject, usageHourOf, usageSubjectsOf } from '../domain/usage.js';
import type { UsageRepository } from '../store/usage-repository.js';

export interface UsageCounterOptions {
  readonly usage: Pick<UsageRepository, 'add'>;
  readonly clock: Clock;
  /** @default USAGE_BOUNDS.flushIntervalMs */
  readonly flushIntervalMs?: number;
  /** Called when a flush fails; its counts stay and go with the next one. */
  readonly onFlushError?: (error: unknown) => void;
}

/** Writes a flush has in flight at once. */
const FLUSH_CONCURRENCY = 8;

/** What a count needs to know of a token. */
export interface CountedToken {
  readonly tokenId: string;
  readonly ownerKey: string;
  readonly identityId?: string;
}

/** The pending counts of one subject and hour. */
interface Pending {
  readonly subject: UsageSubject;
  readonly hour: string;
  readonly counts: Record<string, number>;
}

/**
 * Counts verifications in memory and adds them to the store at most once a minute: one `ADD` per subject
 * (token, owner, identity) and hour that had verifications since the last flush, however many there were.
 * The verification that finds a flush due starts it in the background; when no further verification comes, an
 * unreferenced timer sends the counts a minute after the first of them (it never keeps a process alive, and a
 * frozen Lambda instance runs it when it thaws), and `flush()` sends what is left when the process ends (on
 * Lambda, the shutdown extension makes SIGTERM arrive). A failed write keeps its counts for the next flush.
 */
export class UsageCounter {
  readonly #usage: Pick<UsageRepository, 'add'>;
  readonly #clock: Clock;
  readonly #flushIntervalMs: number;
  readonly #onFlushError: ((error: unknown) => void) | undefined;
  #pending = new Map<string, Pending>();
  /** Each token's pending entries (token, owner, identity) of the current hour, so a count is three increments. */
  readonly #byToken = new Map<
    string,
    { readonly hour: string; readonly identityId: string | undefined; readonly entries: readonly Pending[] }
  >();
  #lastFlushMs: number;
  #flushing: Promise<void> | undefined;
  #hourStartMs = Number.NEGATIVE_INFINITY;
  #hourKey = '';
  #timer: NodeJS.Timeout | undefined;

  public constructor(options: UsageCounterOptions) {
    this.#usage = options.usage;
    this.#clock = options.clock;
    this.#flushIntervalMs = options.flushIntervalMs ?? USAGE_BOUNDS.flushIntervalMs;
    this.#onFlushError = options.onFlushError;
    this.#lastFlushMs = this.#clock.now().getTime();
  }

  /** Subjects and hours with counts not yet in the store. */
  public get pending(): number {
    return this.#pending.size;
  }

  /**
   * Counts one verification of a token with its outcome at `nowMs`: a few increments on entries found by
   * token id. A flush this makes due runs in the background — no request waits for the store's writes — and
   * `flush()` (on shutdown) waits for it.
   */
  public count(token: CountedToken, code: string, nowMs: number): void {
    const hour = this.#hourOf(nowMs);
    let slot = this.#byToken.get(token.tokenId);
    if (slot === undefined || slot.hour !== hour || slot.identityId !== token.identityId) {
      slot = {
        hour,
        identityId: token.identityId,
        entries: usageSubjectsOf(token).map((subject) => this.#entryOf(subject, hour)),
      };
      this.#byToken.set(token.tokenId, slot);
    }
    for (const { counts } of slot.entries) counts[code] = (counts[code] ?? 0) + 1;
    // A clock that went back (a test clock, an NTP step) makes a flush due rather than never.
    const due = nowMs - this.#lastFlushMs >= this.#flushIntervalMs || nowMs < this.#lastFlushMs;
    const full = this.#pending.size >= USAGE_BOUNDS.maxPendingCounters;
    if ((due || full) && this.#flushing === undefined) void this.flush();
    else this.#scheduleFlush(nowMs);
  }

  /** A flush a minute after the last, unless one is already set: counts reach the store without more traffic. */
  #scheduleFlush(nowMs: number): void {
    if (this.#timer !== undefined) return;
    const waitMs = Math.max(0, this.#flushIntervalMs - (nowMs - this.#lastFlushMs));
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, waitMs).unref();
  }

  /** Adds every count made so far to the store (one write per subject and hour), after any flush in flight. */
  public async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#flushing !== undefined) await this.#flushing;
    if (this.#pending.size === 0) return;
    const flushing = this.#flushPending().finally(() => {
      this.#flushing = undefined;
    });
    this.#flushing = flushing;
    await flushing;
  }

  async #flushPending(): Promise<void> {
    this.#lastFlushMs = this.#clock.now().getTime();
    const batch = this.#pending;
    // Before any await: counts from now on go to new entries, never to ones already being sent.
    this.#pending = new Map();
    this.#byToken.clear();
    const entries = [...batch.values()];
    // A few writes at a time: an instance that saw thousands of tokens must not flood the table (or its
    // connection pool) with thousands of concurrent requests.
    await forEachAtMost(FLUSH_CONCURRENCY, entries, async ({ subject, hour, counts }) => {
      try {
        await this.#usage.add(subject, hour, counts);
      } catch (error) {
        this.#add(subject, hour, counts);
        this.#onFlushError?.(error);
      }
    });
    if (this.#pending.size > 0) this.#scheduleFlush(this.#clock.now().getTime());
  }

  #add(subject: UsageSubject, hour: string, counts: Readonly<Record<string, number>>): void {
    const entry = this.#entryOf(subject, hour);
    for (const [code, count] of Object.entries(counts))
      entry.counts[code] = (entry.counts[code] ?? 0) + count;
  }

  #entryOf(subject: UsageSubject, hour: string): Pending {
    const key = `${subject}@${hour}`;
    let entry = this.#pending.get(key);
    if (entry === undefined) {
      entry = { subject, hour, counts: {} };
      this.#pending.set(key, entry);
    }
    return entry;
  }

  /** The hour key, formatted once per hour rather than once per verification. */
  #hourOf(nowMs: number): string {
    if (nowMs < this.#hourStartMs || nowMs >= this.#hourStartMs + 3_600_000) {
      this.#hourStartMs = nowMs - (nowMs % 3_600_000);
      this.#hourKey = usageHourOf(nowMs);
    }
    return this.#hourKey;
  }
}
