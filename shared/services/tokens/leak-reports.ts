import type { KeyProvider } from '../../crypto/key-provider.js';
import type { RequestOrigin } from '../../domain/audit-event.js';
import type { Clock } from '../../domain/clock.js';
import { forEachAtMost } from '../../domain/concurrency.js';
import { PayloadTooLargeError } from '../../domain/errors.js';
import { kindOfPrefix } from '../../domain/kinds.js';
import { LEAK_REPORT_LIMITS } from '../../domain/leak-report.js';
import type { TokenRecord } from '../../domain/token.js';
import { type ParsedToken, parseToken, redactTokens } from '../../domain/token-format.js';
import type { RateCounterRepository } from '../../store/rate-counter-repository.js';
import type { TokenRepository } from '../../store/token-repository.js';
import { secretMatchOf } from '../../verify/secret-match.js';
import { consumeQuota } from '../directory/request-quota.js';
import type { CompromiseResponse } from './compromise-response.js';

/** `POST /v1/token-leaks`: values found where they should not be (a public repository, a paste, a log). */
export interface LeakReport {
  readonly tokens: readonly string[];
  /** Who found them, e.g. a secret scanner's name. */
  readonly source?: string;
  /** Where they were found. */
  readonly url?: string;
}

/** The same for known, unknown and already revoked tokens, so a report teaches the reporter nothing. */
export interface LeakReportReceipt {
  readonly received: number;
  readonly wellFormed: number;
  readonly malformed: number;
}

/** Tokens looked up at once; a full report stays well inside a Lambda's time without a burst of reads. */
const LOOKUP_CONCURRENCY = 16;

export interface LeakReportsDependencies {
  readonly tokens: Pick<TokenRepository, 'get'>;
  readonly keys: KeyProvider;
  readonly compromise: Pick<CompromiseResponse, 'revokeLeaked'>;
  readonly rateCounter: Pick<RateCounterRepository, 'consume'>;
  readonly clock: Clock;
  readonly reportsPerHour?: number;
}

/**
 * Revokes every reported value that is a live token's current value (or its previous one, inside a grace
 * period). Like GitHub's credential revocation API it needs no authentication: holding the value is the
 * proof. A value that is well-formed but wrong revokes nothing, so nobody can revoke a token by its id.
 */
export class LeakReports {
  public constructor(private readonly deps: LeakReportsDependencies) {}

  public async report(report: LeakReport, origin: RequestOrigin): Promise<LeakReportReceipt> {
    await consumeQuota(
      this.deps.rateCounter,
      this.deps.clock,
      `leak-reports#${origin.sourceIp ?? 'unknown'}`,
      { limit: this.deps.reportsPerHour ?? LEAK_REPORT_LIMITS.defaultReportsPerHour, windowSeconds: 3_600 },
      'Too many leak reports from this address; retry later.',
    );
    if (report.tokens.length > LEAK_REPORT_LIMITS.maxTokens) {
      throw new PayloadTooLargeError(`A report holds at most ${LEAK_REPORT_LIMITS.maxTokens} tokens.`);
    }
    const parsed = report.tokens.map(parseToken);
    const wellFormed = parsed.filter((token): token is ParsedToken => token !== undefined);
    const details = {
      ...(report.source === undefined ? {} : { source: redactTokens(report.source) }),
      ...(report.url === undefined ? {} : { url: redactTokens(report.url) }),
    };
    const distinct = [...new Map(wellFormed.map((token) => [token.tokenId + token.secret, token])).values()];
    await forEachAtMost(LOOKUP_CONCURRENCY, distinct, async (parsed) => {
      const token = await this.#liveTokenOf(parsed);
      if (token !== undefined) await this.deps.compromise.revokeLeaked(token, origin, details);
    });
    return {
      received: report.tokens.length,
      wellFormed: wellFormed.length,
      malformed: report.tokens.length - wellFormed.length,
    };
  }

  /** The active token this value currently opens, if any. */
  async #liveTokenOf(parsed: ParsedToken): Promise<TokenRecord | undefined> {
    const token = await this.deps.tokens.get(parsed.tokenId);
    if (token?.status !== 'active' || token.kind !== kindOfPrefix(parsed.prefixCode).kind) return undefined;
    const match = await secretMatchOf(this.deps.keys, parsed.secret, token, this.deps.clock.now().getTime());
    return match === undefined ? undefined : token;
  }
}
