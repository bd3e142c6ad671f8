/** Limits of `POST /v1/token-leaks`, which anyone may call. */
export const LEAK_REPORT_LIMITS = {
  maxTokens: 1_000,
  /** Reports per source IP and hour, unless configured otherwise. */
  defaultReportsPerHour: 60,
  /** Room for 1,000 tokens with JSON punctuation, a source and a URL. */
  maxBodyBytes: 128 * 1024,
} as const;
