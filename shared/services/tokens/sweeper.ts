import { auditEvent } from '../../domain/audit-event.js';
import { addDays, type Clock, DAY_MS } from '../../domain/clock.js';
import { forEachAtMost } from '../../domain/concurrency.js';
import { EXPIRY_NOTICE_DAYS, endOfLife, isPastEndOfLife, SWEEP_SHARDS } from '../../domain/lifecycle.js';
import { auditScopeOfToken, effectiveStatus, type TokenRecord } from '../../domain/token.js';
import type { AuditRepository } from '../../store/audit-repository.js';
import type { OwnerCounterRepository } from '../../store/owner-counters.js';
import type { SweepIndexRepository } from '../../store/sweep-index-repository.js';
import type { TokenRepository } from '../../store/token-repository.js';
import type { ExpiryMail } from '../notifications/expiry-mail.js';
import type { ExpiryNotifier, TokenExpiry } from './token-expiry.js';

export interface SweeperDependencies {
  readonly tokens: TokenRepository;
  readonly sweepIndex: SweepIndexRepository;
  readonly counters: OwnerCounterRepository;
  readonly events: AuditRepository;
  readonly clock: Clock;
  readonly notifier: ExpiryNotifier;
  readonly expiry: TokenExpiry;
  /** Expiry warnings by email: queued with each notice, sent as daily digests at the end of a run. */
  readonly mail?: Pick<ExpiryMail, 'noticeSteps' | 'sendDigests'>;
  /** Expirations per run; the rest is left for the next run. @default 1000 */
  readonly maxTokensPerRun?: number;
  /** Days before the end at which an expiring-soon notice goes out, once each. @default EXPIRY_NOTICE_DAYS */
  readonly noticeDays?: readonly number[];
  readonly onCounterCorrected?: (counterKey: string, from: number, to: number) => void;
}

export interface SweepReport {
  /** Days (`YYYY-MM-DD`) whose shards were read. */
  readonly days: readonly string[];
  /** Index items read, due or not. */
  readonly itemsRead: number;
  readonly expired: number;
  /** Due tokens another run (or a revoke, or a use) had already dealt with. */
  readonly skipped: number;
  readonly notices: number;
  /** Digests mailed (one per recipient per day). */
  readonly mails: number;
  readonly countersCorrected: number;
  /** The watermark after the run: the first day not fully swept. */
  readonly watermark: string;
  /** False when the per-run limit stopped the run early. */
  readonly complete: boolean;
}

const dayOf = (date: Date): string => date.toISOString().slice(0, 10);
const nextDay = (day: string): string => dayOf(new Date(Date.parse(`${day}T00:00:00.000Z`) + DAY_MS));
const shardsOf = (day: string): string[] => Array.from({ length: SWEEP_SHARDS }, (_, n) => `${day}#${n}`);
const daysFrom = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let day = from; day <= to; day = nextDay(day)) days.push(day);
  return days;
};
/**
 * Shards read side by side: a run that catches up on a month reads hundreds of shards, one query each at
 * least, and in sequence their round trips are the whole run.
 */
const SHARDS_IN_FLIGHT = SWEEP_SHARDS;

/**
 * Expires tokens at the end of their life by reading the sparse `bySweepDay` index — exactly the tokens
 * due, shard by shard, day by day from a stored watermark — never scanning. Each expiry is one
 * transaction (status, owner counter, audit event) conditioned on the token still being active and still
 * in the shard, so runs are idempotent and a use that moved the end in the meantime wins.
 */
export class Sweeper {
  readonly #maxTokensPerRun: number;
  readonly #noticeDays: readonly number[];

  public constructor(private readonly deps: SweeperDependencies) {
    this.#maxTokensPerRun = deps.maxTokensPerRun ?? 1_000;
    this.#noticeDays = deps.noticeDays ?? EXPIRY_NOTICE_DAYS;
  }

  public async run(): Promise<SweepReport> {
    const now = this.deps.clock.now();
    const today = dayOf(now);
    const start = (await this.deps.sweepIndex.watermark()) ?? today;
    const counts = { itemsRead: 0, expired: 0, skipped: 0, notices: 0 };
    const owners = new Set<string>();
    const days: string[] = [];
    let watermark = start;
    let complete = true;
    // Claimed before each expiry, not counted after: shards are swept side by side.
    const budget = { left: this.#maxTokensPerRun };

    for (let day = start; day <= today && complete; day = nextDay(day)) {
      days.push(day);
      let dayDone = day < today;
      await forEachAtMost(SHARDS_IN_FLIGHT, shardsOf(day), async (shard) => {
        if ((await this.#sweepShard(shard, now, counts, owners, budget)) === 'budget') {
          complete = false;
          dayDone = false;
        }
      });
      if (dayDone && (await this.deps.sweepIndex.advanceWatermark(watermark, nextDay(day))))
        watermark = nextDay(day);
      else if (dayDone) break;
    }

    counts.notices = await this.#sendNotices(start, today, now, counts);
    const mails = (await this.deps.mail?.sendDigests()) ?? 0;
    const countersCorrected = await this.#reconcile(owners);
    return { days, ...counts, mails, countersCorrected, watermark, complete };
  }

  /** An owner's tokens past their end, expired now (the same path as a run's; see TokenExpiry). */
  public expireDueTokensOf(ownerKey: string): Promise<number> {
    return this.deps.expiry.expireDueTokensOf(ownerKey);
  }

  async #sweepShard(
    shard: string,
    now: Date,
    counts: { itemsRead: number; expired: number; skipped: number },
    owners: Set<string>,
    budget: { left: number },
  ): Promise<'done' | 'budget'> {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.deps.sweepIndex.page(shard, startKey);
      counts.itemsRead += page.items.length;
      for (const token of page.items) {
        if (!isPastEndOfLife(token, now)) continue;
        if (budget.left === 0) return 'budget';
        budget.left -= 1;
        if (await this.deps.expiry.expire(token, now, shard)) {
          counts.expired += 1;
          owners.add(token.ownerKey);
        } else counts.skipped += 1;
      }
      startKey = page.nextKey;
    } while (startKey !== undefined);
    return 'done';
  }

  /** For each notice threshold, the tokens whose end falls that many days after the days just swept. */
  async #sendNotices(
    start: string,
    today: string,
    now: Date,
    counts: { itemsRead: number },
  ): Promise<number> {
    let sent = 0;
    // One threshold at a time: a token is in one shard, so within a threshold no two workers meet it.
    for (const days of this.#noticeDays) {
      const shards = daysFrom(
        dayOf(addDays(new Date(`${start}T00:00:00.000Z`), days)),
        dayOf(addDays(new Date(`${today}T00:00:00.000Z`), days)),
      ).flatMap(shardsOf);
      await forEachAtMost(SHARDS_IN_FLIGHT, shards, async (shard) => {
        let startKey: Record<string, unknown> | undefined;
        do {
          const page = await this.deps.sweepIndex.page(shard, startKey);
          counts.itemsRead += page.items.length;
          for (const token of page.items) {
            if (await this.#notice(token, days, now)) sent += 1;
          }
          startKey = page.nextKey;
        } while (startKey !== undefined);
      });
    }
    return sent;
  }

  async #notice(token: TokenRecord, days: number, now: Date): Promise<boolean> {
    const end = endOfLife(token);
    const withinWindow =
      end !== undefined && end > now.toISOString() && end <= addDays(now, days).toISOString();
    if (!withinWindow || token.noticesSent?.includes(days) || effectiveStatus(token, now) !== 'active')
      return false;
    const event = auditEvent(
      now,
      auditScopeOfToken(token),
      'token.expiring_soon',
      {
        type: 'token',
        id: token.tokenId,
        name: token.name,
        kind: token.kind,
      },
      {},
      [`${days}d`],
      // What receivers of the notice (webhooks, email) need: which threshold, and when the token ends.
      { daysLeft: String(days), endsAt: end! },
    );
    const mail = (await this.deps.mail?.noticeSteps(token, days, end!)) ?? [];
    if (
      !(await this.deps.sweepIndex.markNoticeSent(token.tokenId, days, [
        this.deps.events.putStep(event),
        ...mail,
      ]))
    )
      return false;
    await this.deps.notifier.expiring(token, days, end);
    return true;
  }

  /**
   * Recounts the active tokens of the owners this run touched and repairs counters that drifted (e.g.
   * after TTL deleted an item the sweeper never reached). Only owner-limited kinds expire, so the counter
   * key is the owner key. The recount is a COUNT query: no items travel back.
   */
  async #reconcile(ownerKeys: ReadonlySet<string>): Promise<number> {
    let corrected = 0;
    for (const ownerKey of ownerKeys) {
      // Stored status, not effective: a due token not yet swept still holds its slot until it is.
      const [actual, counted] = await Promise.all([
        this.deps.counters.recount(ownerKey),
        this.deps.counters.read(ownerKey),
      ]);
      if (counted === actual) continue;
      if (await this.deps.counters.correct(ownerKey, counted, actual)) {
        corrected += 1;
        this.deps.onCounterCorrected?.(ownerKey, counted, actual);
      }
    }
    return corrected;
  }
}
