/**
 * Per-token rate limits: at most `limit` allowed requests per fixed window of `windowSeconds`, counted in
 * the store so every authorizer instance shares one count. Windows are aligned to the epoch, so all
 * instances agree on where a window starts without talking to each other.
 */
export interface RateLimit {
  readonly limit: number;
  readonly windowSeconds: number;
}

export const RATE_LIMIT_BOUNDS = {
  limit: { min: 1, max: 1_000_000 },
  windowSeconds: { min: 1, max: 86_400 },
} as const;

/** The window a moment falls in: its start, its end, and the key of its counter. */
export interface RateWindow {
  readonly counterId: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly limit: number;
}

export const rateWindowOf = (tokenId: string, rateLimit: RateLimit, nowMs: number): RateWindow => {
  const windowMs = rateLimit.windowSeconds * 1_000;
  const startMs = nowMs - (nowMs % windowMs);
  return {
    counterId: `rate#${tokenId}#${startMs}`,
    startMs,
    endMs: startMs + windowMs,
    limit: rateLimit.limit,
  };
};

/** Whole seconds until the window ends (at least 1), for `Retry-After`. */
export const retryAfterSeconds = (window: RateWindow, nowMs: number): number =>
  Math.max(1, Math.ceil((window.endMs - nowMs) / 1_000));
