import type { Clock } from '../../domain/clock.js';
import { TooManyRequestsError } from '../../domain/errors.js';
import type { TokenRecord } from '../../domain/token.js';
import { setBounded } from '../../verify/bounded-map.js';
import type { VerificationStore } from '../../verify/verify-token.js';

/**
 * Makes forged admin keys cheap to refuse. Well-formed keys with made-up ids would each cost a DynamoDB
 * read: an id found missing is remembered for a second (as the authorizer does for tokens), and a source
 * address that fails 60 times in a minute is answered 429 without any read until the minute is over.
 * Both live in memory, per instance: they bound the cost an instance can be made to pay.
 */
export const ADMIN_KEY_GUARD_LIMITS = {
  unknownIdMemoryMs: 1_000,
  failuresPerSourcePerMinute: 60,
  /** Ids and sources remembered at once; the oldest are forgotten beyond it. */
  maxTracked: 10_000,
} as const;

const MINUTE_MS = 60_000;

export class AdminKeyGuard {
  readonly #missingUntil = new Map<string, number>();
  readonly #failures = new Map<string, { minute: number; count: number }>();

  public constructor(
    private readonly clock: Clock,
    private readonly failuresPerMinute: number = ADMIN_KEY_GUARD_LIMITS.failuresPerSourcePerMinute,
  ) {}

  /** The token store as admin-key verification sees it: ids found missing stay missing for a second. */
  public store(inner: VerificationStore): VerificationStore {
    return {
      ...inner,
      get: async (tokenId: string): Promise<TokenRecord | undefined> => {
        const nowMs = this.clock.now().getTime();
        if ((this.#missingUntil.get(tokenId) ?? 0) > nowMs) return undefined;
        const found = await inner.get(tokenId);
        if (found === undefined)
          setBounded(
            this.#missingUntil,
            tokenId,
            nowMs + ADMIN_KEY_GUARD_LIMITS.unknownIdMemoryMs,
            ADMIN_KEY_GUARD_LIMITS.maxTracked,
          );
        return found;
      },
      touch: (...args) => inner.touch(...args),
    };
  }

  /** Throws 429 when `sourceIp` has failed too often this minute. */
  public admit(sourceIp: string | undefined): void {
    const nowMs = this.clock.now().getTime();
    const seen = this.#failures.get(sourceIp ?? '');
    if (seen === undefined || seen.minute !== Math.floor(nowMs / MINUTE_MS)) return;
    if (seen.count < this.failuresPerMinute) return;
    const retryAfterSeconds = Math.ceil(((seen.minute + 1) * MINUTE_MS - nowMs) / 1_000);
    throw new TooManyRequestsError(
      'Too many failed admin keys from this address; retry later.',
      retryAfterSeconds,
      'rate_limited',
    );
  }

  public failed(sourceIp: string | undefined): void {
    const minute = Math.floor(this.clock.now().getTime() / MINUTE_MS);
    const key = sourceIp ?? '';
    const seen = this.#failures.get(key);
    setBounded(
      this.#failures,
      key,
      { minute, count: seen?.minute === minute ? seen.count + 1 : 1 },
      ADMIN_KEY_GUARD_LIMITS.maxTracked,
    );
  }
}
