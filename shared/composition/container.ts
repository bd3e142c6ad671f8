import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DataKeys } from '../crypto/data-keys.js';
import type { KeyProvider } from '../crypto/key-provider.js';
import type { Clock } from '../domain/clock.js';
import type { UrlPolicy } from '../domain/webhook-urls.js';
import type { Logger } from '../observability/logger.js';
import type { TokenNotifier } from '../services/notifications/expiry-notifiers.js';
import type { WebhookSender } from '../services/webhooks/webhook-sender.js';
import type { StoreClientOptions } from '../store/client.js';
import type { TableNames } from '../store/tables.js';
import type { GeoSource } from '../verify/request-log.js';
import type { RoutePolicyEntry } from '../verify/route-policy.js';
import type { TokenCacheOptions } from '../verify/token-cache.js';

/**
 * The composition root's parts. Every client, repository, cache, policy and service is a `Component`: a
 * named recipe that a `Container` builds at most once, on first use, from the `CompositionOptions` of the
 * process. A Lambda function imports only the components its operation uses, so its bundle carries only
 * their code (each component is declared pure: an unused one is dropped by the bundler with everything it
 * alone refers to). The local server, the authorizers and every function share these recipes.
 */

export interface CompositionOptions {
  readonly tables: TableNames;
  /** The peppers; or a function of the store client when they live in the store (AWS). */
  readonly keys: KeyProvider | ((documents: DynamoDBDocumentClient) => KeyProvider);
  /** Wraps the data keys of values kept to be shown again. @default the local key file's (under `keys`) */
  readonly dataKeys?: DataKeys;
  readonly store?: StoreClientOptions;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** The log level when no logger is given. @default 'INFO' */
  readonly logLevel?: string;
  readonly touchIntervalSeconds?: number;
  /** Where request logs take country and city from; `none` unless a trusted source is set. */
  readonly geoSource?: GeoSource;
  /** The protected API's route policy: what authorizers and `POST /v1/verify` enforce. @default [] */
  readonly routePolicy?: readonly RoutePolicyEntry[];
  /** Where expiry and compromise news goes: this notifier, else the EventBridge bus named, else the log. */
  readonly notifier?: TokenNotifier;
  readonly eventBusName?: string;
  readonly maxTokensPerSweep?: number;
  /** Leak reports accepted per source IP and hour. */
  readonly leakReportsPerHour?: number;
  /** Failed admin keys from one source address a minute before it is answered 429. @default 60 */
  readonly adminKeyFailuresPerMinute?: number;
  /**
   * The longest a revoke, rotation or narrowing change may go unnoticed by a verifier's cache, in ms;
   * 0 turns the cache off (every verification reads the store). @default 1000
   */
  readonly revocationBoundMs?: number;
  /** Replicas of each change-feed bucket; every writer and reader of a deployment must agree. @default 8 */
  readonly changeFeedReplicas?: number;
  /**
   * Where verifiers read replicas of tables written in another region (global tables): the longest a change
   * may take to arrive, in ms; the revocation bound there is the replication delay plus the bound. @default 0
   */
  readonly replicationAllowanceMs?: number;
  readonly cache?: Omit<TokenCacheOptions, 'clock'>;
  readonly onFeedError?: (error: unknown) => void;
  /**
   * Whether pending verification counts are flushed when the process gets SIGTERM (deployed functions: Lambda
   * sends it before ending an instance when the function has an extension; otherwise the counts of an
   * instance's last minute go with it). Local runs flush on stop instead.
   */
  readonly flushUsageOnShutdown?: boolean;
  /**
   * Expiry warnings by email, from `from`: `.eml` files in `directory` (local runs), else SES through
   * `configurationSet`. None without it.
   */
  readonly mail?: {
    readonly from: string;
    readonly directory?: string;
    readonly configurationSet?: string;
  };
  /** Where webhooks may be sent: public HTTPS (the default, and AWS), or also plain HTTP to loopback (local). */
  readonly webhookUrlPolicy?: UrlPolicy;
  /** How webhook deliveries are sent (tests may pass their own). @default HTTP(S) with the URL policy's checks */
  readonly webhookSender?: WebhookSender;
}

export interface Component<T> {
  readonly name: string;
  readonly create: (container: Container) => T;
}

/** A recipe. Call sites mark it pure (`/* @__PURE__ *\/`) so that bundles drop the components nobody uses. */
export const component = <T>(name: string, create: (container: Container) => T): Component<T> => ({
  name,
  create,
});

/** A record of components, and what it resolves to. */
export type Components = Readonly<Record<string, Component<unknown>>>;
export type Resolved<C extends Components> = {
  readonly [K in keyof C]: C[K] extends Component<infer T> ? T : never;
};

export class Container {
  readonly #built = new Map<Component<unknown>, unknown>();

  public constructor(public readonly options: CompositionOptions) {}

  /** The one instance of a component in this container, built on first use. */
  public get<T>(part: Component<T>): T {
    if (this.#built.has(part)) return this.#built.get(part) as T;
    const built = part.create(this);
    this.#built.set(part, built);
    return built;
  }

  /** Uses `value` as the component's instance (before its first use): tests stand in for a part this way. */
  public provide<T>(part: Component<T>, value: T): this {
    this.#built.set(part, value);
    return this;
  }

  public resolve<C extends Components>(parts: C): Resolved<C> {
    return Object.fromEntries(
      Object.entries(parts).map(([key, part]) => [key, this.get(part)]),
    ) as Resolved<C>;
  }
}
