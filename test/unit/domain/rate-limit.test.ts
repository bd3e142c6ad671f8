import { describe, expect, it } from 'vitest';
import { rateWindowOf, retryAfterSeconds } from '../../../shared/domain/rate-limit.js';

describe('Function: rateWindowOf', () => {
  const limit = { limit: 10, windowSeconds: 60 };

  it('aligns windows to the epoch, so every instance agrees on them', () => {
    const start = Date.parse('2026-01-01T00:01:00.000Z');
    const early = rateWindowOf('t', limit, start);
    const late = rateWindowOf('t', limit, start + 59_999);
    expect(early).toEqual(late);
    expect(early).toEqual({ counterId: `rate#t#${start}`, startMs: start, endMs: start + 60_000, limit: 10 });
    expect(rateWindowOf('t', limit, start + 60_000).counterId).toBe(`rate#t#${start + 60_000}`);
  });

  it('asks to retry when the window ends, in whole seconds, never 0', () => {
    const start = Date.parse('2026-01-01T00:01:00.000Z');
    const window = rateWindowOf('t', limit, start);
    expect(retryAfterSeconds(window, start)).toBe(60);
    expect(retryAfterSeconds(window, start + 58_500)).toBe(2);
    expect(retryAfterSeconds(window, start + 59_999)).toBe(1);
  });
});
