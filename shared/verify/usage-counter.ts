import type { Clock } from '../domain/clock.js';
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

/** The pending counts of one subject and hour. */
interface Pending {
  readonly subject: UsageSubject;
  readonly hour: string;
  readonly counts: Record<string, number>;
}

/**
 * Counts verifications in memory and adds them to the store at most once a minute: one `ADD` per subject
 * (token, owner, identity) and hour that had verifications since the last flush, however many there were.
 * The flush runs in the verification that finds it due (no timer keeps an idle Lambda instance busy), and
 * `flush()` sends what is left when the process ends. A failed flush keeps its counts for the next.
 */
export class UsageCounter {
  readonly #usage: Pick<UsageRepository, 'add'>;
  readonly #clock: Clock;
  readonly #flushIntervalMs: number;
  readonly #onFlushError: ((error: unknown) => void) | undefined;
  #pending = new Map<string, Pending>();
  #lastFlushMs: number;
  #flushing: Promise<void> | undefined;
  #hourStartMs = Number.NEGATIVE_INFINITY;
  #hourKey = '';

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

  /** Counts one verification of a token with its outcome, then flushes if a flush is due. */
  public async count(
    token: { readonly tokenId: string; readonly ownerKey: string; readonly identityId?: string },
    code: string,
  ): Promise<void> {
    const nowMs = this.#clock.now().getTime();
    const hour = this.#hourOf(nowMs);
    for (const subject of usageSubjectsOf(token)) {
      const { counts } = this.#entryOf(subject, hour);
      counts[code] = (counts[code] ?? 0) + 1;
    }
    // A clock that went back (a test clock, an NTP step) makes a flush due rather than never.
    const due = nowMs - this.#lastFlushMs >= this.#flushIntervalMs || nowMs < this.#lastFlushMs;
    if (due || this.#pending.size >= USAGE_BOUNDS.maxPendingCounters) await this.flush();
  }

  /** Adds every pending count to the store (one write per subject and hour); concurrent calls share one flush. */
  public flush(): Promise<void> {
    this.#flushing ??= this.#flushPending().finally(() => {
      this.#flushing = undefined;
    });
    return this.#flushing;
  }

  async #flushPending(): Promise<void> {
    this.#lastFlushMs = this.#clock.now().getTime();
    const batch = this.#pending;
    this.#pending = new Map();
    const results = await Promise.allSettled(
      [...batch.values()].map(({ subject, hour, counts }) => this.#usage.add(subject, hour, counts)),
    );
    const entries = [...batch.values()];
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') return;
      const { subject, hour, counts } = entries[i]!;
      this.#add(subject, hour, counts);
      this.#onFlushError?.(result.reason);
    });
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
