import type { Clock } from '../../domain/clock.js';
import { TooManyRequestsError } from '../../domain/errors.js';
import { type RateLimit, rateWindowOf, retryAfterSeconds } from '../../domain/rate-limit.js';
import type { RateCounterRepository } from '../../store/rate-counter-repository.js';

/**
 * Counts one request against a quota of the management API (leak reports per address, reveals per principal),
 * in the store so every instance shares the count; once it is used up, 429 `rate_limited` with Retry-After
 * until the window ends.
 */
export const consumeQuota = async (
  counter: Pick<RateCounterRepository, 'consume'>,
  clock: Clock,
  counterId: string,
  quota: RateLimit,
  refusal: string,
): Promise<void> => {
  const nowMs = clock.now().getTime();
  const window = rateWindowOf(counterId, quota, nowMs);
  if (!(await counter.consume(window))) {
    throw new TooManyRequestsError(refusal, retryAfterSeconds(window, nowMs), 'rate_limited');
  }
};
