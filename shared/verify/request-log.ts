import { tokenKinds } from '../domain/kinds.js';
import type { TokenRecord } from '../domain/token.js';
import type { RequestLogInput, RequestLogRepository } from '../store/request-log-repository.js';
import { setBounded } from './bounded-map.js';

/**
 * Request logs of kinds that keep one (project tokens): what is stored, and how much. Every stored string is
 * capped, and refused requests are sampled per token, so a flood of bad requests cannot become unbounded
 * writes or unbounded items. Allowed requests are all logged.
 */

export const REQUEST_LOG_LIMITS = {
  userAgentChars: 512,
  queryChars: 2_048,
  pathChars: 2_048,
  headerValueChars: 256,
  /** Refused requests of one token logged at most once per this many ms (per verifier instance). */
  refusedIntervalMs: 1_000,
  /** Tokens whose refusals are tracked at once; the oldest is forgotten beyond it. */
  trackedTokens: 10_000,
} as const;

/** Where a request came from, from a source the deployment trusts (never from the client's own say-so). */
export interface GeoLocation {
  readonly country: string | null;
  readonly city: string | null;
}

export type GeoLocator = (request: {
  readonly sourceIp?: string;
  readonly headers?: Readonly<Record<string, string | undefined>>;
}) => GeoLocation;

const UNKNOWN_PLACE: GeoLocation = { country: null, city: null };

/** No trusted source configured: no geo at all, whatever headers the client sends. */
export const noGeo: GeoLocator = () => UNKNOWN_PLACE;

/**
 * CloudFront's viewer headers. Only for deployments whose every request passes CloudFront, which sets (and
 * overwrites) them; anywhere else a client could write them itself.
 */
export const cloudFrontGeo: GeoLocator = ({ headers }) => ({
  country: headerValue(headers, 'cloudfront-viewer-country', REQUEST_LOG_LIMITS.headerValueChars),
  city: headerValue(headers, 'cloudfront-viewer-city', REQUEST_LOG_LIMITS.headerValueChars),
});

/** The geo sources a deployment can name (`KEYWARD_GEO_SOURCE`, `geoSource`). */
export const GEO_SOURCES = { none: noGeo, cloudfront: cloudFrontGeo } as const satisfies Record<
  string,
  GeoLocator
>;
export type GeoSource = keyof typeof GEO_SOURCES;

export const geoLocatorOf = (source: string | undefined): GeoLocator => {
  const locator = GEO_SOURCES[(source ?? 'none') as GeoSource];
  if (locator === undefined) {
    throw new Error(
      `Unknown geo source "${source}"; expected one of ${Object.keys(GEO_SOURCES).join(', ')}.`,
    );
  }
  return locator;
};

const capped = (value: string, chars: number): string =>
  value.length > chars ? value.slice(0, chars) : value;

/** A header's value (names case-insensitive), capped at `chars`; `null` when absent. */
const headerValue = (
  headers: Readonly<Record<string, string | undefined>> | undefined,
  name: string,
  chars: number,
): string | null => {
  const value = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];
  return value === undefined ? null : capped(value, chars);
};

export interface LoggedRequest {
  readonly method?: string;
  readonly path?: string;
  readonly query?: string;
  readonly sourceIp?: string;
  readonly headers?: Readonly<Record<string, string | undefined>>;
}

/**
 * Decides which requests are logged and composes their entries. Holds, per token, when a refusal was last
 * logged and how many were skipped since: the next logged refusal carries that count.
 */
export class RequestLogger {
  readonly #refusals = new Map<string, { lastLoggedMs: number; skipped: number }>();

  public constructor(
    private readonly store: Pick<RequestLogRepository, 'append'>,
    private readonly geo: GeoLocator = noGeo,
  ) {}

  /** The entry to append for this request, or `undefined` when it is not logged. */
  public entryFor(
    token: TokenRecord,
    request: LoggedRequest,
    outcome: string,
    nowMs: number,
  ): RequestLogInput | undefined {
    if (!tokenKinds[token.kind].requestLogs || request.method === undefined) return undefined;
    const skippedBefore = outcome === 'VALID' ? 0 : this.#admitRefusal(token.tokenId, nowMs);
    if (skippedBefore === undefined) return undefined;
    const place = this.geo(request);
    return {
      method: capped(request.method, 16),
      path: capped(request.path ?? '', REQUEST_LOG_LIMITS.pathChars),
      query: capped(request.query ?? '', REQUEST_LOG_LIMITS.queryChars),
      userAgent: headerValue(request.headers, 'user-agent', REQUEST_LOG_LIMITS.userAgentChars),
      sourceIp: request.sourceIp ?? null,
      country: place.country,
      city: place.city,
      outcome,
      ...(skippedBefore > 0 ? { refusalsNotLogged: skippedBefore } : {}),
    };
  }

  /** Appends the request to the token's log, if it is logged. */
  public async log(token: TokenRecord, request: LoggedRequest, outcome: string, now: Date): Promise<void> {
    const entry = this.entryFor(token, request, outcome, now.getTime());
    if (entry !== undefined) await this.store.append(token.tokenId, now, entry);
  }

  /** Skipped refusals before this one if it is logged; `undefined` when it falls inside the interval. */
  #admitRefusal(tokenId: string, nowMs: number): number | undefined {
    const seen = this.#refusals.get(tokenId);
    if (seen !== undefined && nowMs - seen.lastLoggedMs < REQUEST_LOG_LIMITS.refusedIntervalMs) {
      seen.skipped += 1;
      return undefined;
    }
    setBounded(
      this.#refusals,
      tokenId,
      { lastLoggedMs: nowMs, skipped: 0 },
      REQUEST_LOG_LIMITS.trackedTokens,
    );
    return seen?.skipped ?? 0;
  }
}
