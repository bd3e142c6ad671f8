import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EncryptedPepper } from '../crypto/kms-key-provider.js';
import { DEFAULT_CHANGE_FEED_REPLICAS } from '../domain/change-feed.js';
import {
  directoryTable,
  eventsTable,
  type TableDefinition,
  type TableNames,
  tokensTable,
} from '../store/tables.js';
import { GEO_SOURCES, type GeoSource } from '../verify/request-log.js';
import type { RoutePolicyEntry } from '../verify/route-policy.js';
import { DEFAULT_CACHE_MAX_ENTRIES } from '../verify/token-cache.js';
import { DEFAULT_REVOCATION_BOUND_MS } from '../verify/verification-cache.js';
import { DEFAULT_TOUCH_INTERVAL_SECONDS } from '../verify/verify-token.js';

/**
 * Every environment variable Keyward's functions and verifiers read, named, defaulted and parsed here and
 * nowhere else (a test fails if other runtime code reads `process.env`). The stacks and constructs write
 * them with `environmentOf`, so each name is spelt once.
 *
 * Parsed by a few small functions rather than zod: the authorizer carries no zod (≈ 90 KB of its bundle)
 * and these are a dozen scalars. A bad value stops the cold start with the variable's name — never its
 * value, which may be key material.
 */

export class SettingError extends Error {
  public override readonly name = 'SettingError';
}

type Parse<T> = (raw: string, variable: string) => T;

interface Setting<T> {
  readonly variable: string;
  readonly parse: Parse<T>;
  readonly format: (value: T) => string;
  readonly default?: T;
}

const text: Parse<string> = (raw) => raw;

const integer =
  (min: number): Parse<number> =>
  (raw, variable) => {
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isSafeInteger(value) || value < min) {
      throw new SettingError(`${variable} must be a whole number of at least ${min}.`);
    }
    return value;
  };

const oneOf =
  <T extends string>(values: readonly T[], normalize: (raw: string) => string = (raw) => raw): Parse<T> =>
  (raw, variable) => {
    const value = normalize(raw);
    if (!(values as readonly string[]).includes(value)) {
      throw new SettingError(`${variable} must be one of ${values.join(', ')}.`);
    }
    return value as T;
  };

/** Parses a JSON array; `variable` names where it came from in the error (never its content). */
export const jsonArray =
  <T>(): Parse<readonly T[]> =>
  (raw, variable) => {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new SettingError(`${variable} must be a JSON array.`);
    }
    if (!Array.isArray(value)) throw new SettingError(`${variable} must be a JSON array.`);
    return value as readonly T[];
  };

type Defaulted<T> = Setting<T> & { readonly default: T };

function stringSetting(variable: string): Setting<string>;
function stringSetting(variable: string, fallback: string): Defaulted<string>;
function stringSetting(variable: string, fallback?: string): Setting<string> {
  return { variable, parse: text, format: String, ...(fallback === undefined ? {} : { default: fallback }) };
}

function integerSetting(variable: string, min: number): Setting<number>;
function integerSetting(variable: string, min: number, fallback: number): Defaulted<number>;
function integerSetting(variable: string, min: number, fallback?: number): Setting<number> {
  return {
    variable,
    parse: integer(min),
    format: String,
    ...(fallback === undefined ? {} : { default: fallback }),
  };
}

const tableSetting = (table: TableDefinition): Defaulted<string> =>
  stringSetting(`KEYWARD_${table.id.toUpperCase()}_TABLE`, table.localName);

export const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];
const parseLogLevel = oneOf(LOG_LEVELS, (raw) => raw.toUpperCase());

/** A log level as a stack or construct prop gives it (any case), checked. @default 'INFO' */
export const logLevelOf = (level: string | undefined): LogLevelName =>
  level === undefined ? 'INFO' : parseLogLevel(level, 'logLevel');

/** The settings, by the name the code uses. */
export const SETTINGS = {
  tokensTable: tableSetting(tokensTable),
  directoryTable: tableSetting(directoryTable),
  eventsTable: tableSetting(eventsTable),
  /** The KMS key that wraps the peppers on AWS; without it, the local key file under `home`. */
  kmsKeyId: stringSetting('KEYWARD_KMS_KEY_ID'),
  /** KMS-encrypted peppers; without them, the Directory item that `npm run bootstrap` writes. */
  peppers: {
    variable: 'KEYWARD_PEPPERS',
    parse: jsonArray<EncryptedPepper>(),
    format: JSON.stringify,
  } satisfies Setting<readonly EncryptedPepper[]>,
  /** Where a local run keeps its key file and data. */
  home: stringSetting('KEYWARD_HOME', '.keyward'),
  /** DynamoDB Local's URL; absent on AWS. */
  dynamodbEndpoint: stringSetting('KEYWARD_DYNAMODB_ENDPOINT'),
  region: stringSetting('AWS_REGION', 'us-east-1'),
  touchIntervalSeconds: integerSetting('KEYWARD_TOUCH_INTERVAL_SECONDS', 0, DEFAULT_TOUCH_INTERVAL_SECONDS),
  /** How long a revoked token may still pass a warm verifier; 0 turns the verification cache off. */
  revocationBoundMs: integerSetting('KEYWARD_REVOCATION_BOUND_MS', 0, DEFAULT_REVOCATION_BOUND_MS),
  /** Replicas of each change-feed bucket, so that each partition serves 1/K of the verifiers. */
  changeFeedReplicas: integerSetting('KEYWARD_CHANGE_FEED_REPLICAS', 1, DEFAULT_CHANGE_FEED_REPLICAS),
  /** Verifiers of a region that reads replicas written elsewhere: the longest replication delay they allow for. */
  replicationAllowanceMs: integerSetting('KEYWARD_REPLICATION_ALLOWANCE_MS', 0, 0),
  cacheMaxEntries: integerSetting('KEYWARD_CACHE_MAX', 1, DEFAULT_CACHE_MAX_ENTRIES),
  /**
   * The protected API's route policy, enforced by authorizers and `POST /v1/verify`: in the variable (small
   * policies, other backends) or, as the stacks deploy it, in a file of the function's own asset.
   */
  routePolicy: {
    variable: 'KEYWARD_ROUTE_POLICY',
    parse: jsonArray<RoutePolicyEntry>(),
    format: JSON.stringify,
  } satisfies Setting<readonly RoutePolicyEntry[]>,
  /** The route policy's file, relative to the function's code (`LAMBDA_TASK_ROOT`, else the working directory). */
  routePolicyFile: stringSetting('KEYWARD_ROUTE_POLICY_FILE'),
  /** Where Lambda put the function's code; set by the runtime. */
  taskRoot: stringSetting('LAMBDA_TASK_ROOT'),
  geoSource: {
    variable: 'KEYWARD_GEO_SOURCE',
    parse: oneOf(Object.keys(GEO_SOURCES) as GeoSource[]),
    format: String,
    default: 'none',
  } satisfies Setting<GeoSource>,
  /** Where expiry and compromise news goes; the log when absent. */
  eventBusName: stringSetting('KEYWARD_EVENT_BUS_NAME'),
  /** The sender of expiry emails (an SES identity the stack creates); no email without it. */
  mailFrom: stringSetting('KEYWARD_MAIL_FROM'),
  /** The SES configuration set emails are sent through. */
  mailConfigurationSet: stringSetting('KEYWARD_MAIL_CONFIGURATION_SET'),
  adminKeyFailuresPerMinute: integerSetting('KEYWARD_ADMIN_KEY_FAILURES_PER_MINUTE', 1),
  leakReportsPerHour: integerSetting('KEYWARD_LEAK_REPORTS_PER_HOUR', 1),
  logLevel: {
    variable: 'LOG_LEVEL',
    parse: parseLogLevel,
    format: String,
    default: 'INFO',
  } satisfies Setting<LogLevelName>,
} as const;

type Specs = typeof SETTINGS;
type ValueOf<S> = S extends Setting<infer T> ? T : never;

/** Every setting's value: those with a default are always there. */
export type Settings = {
  readonly [K in keyof Specs]: Specs[K] extends { readonly default: unknown }
    ? ValueOf<Specs[K]>
    : ValueOf<Specs[K]> | undefined;
};

/** What a deployment sets; the rest takes its default. */
export type SettingValues = { readonly [K in keyof Specs]?: ValueOf<Specs[K]> };

/** The settings of this process (or of the environment given). */
export const readSettings = (env: NodeJS.ProcessEnv = process.env): Settings => {
  const values: Record<string, unknown> = {};
  for (const [name, setting] of Object.entries(SETTINGS) as [string, Setting<unknown>][]) {
    const raw = env[setting.variable];
    values[name] = raw === undefined ? setting.default : setting.parse(raw, setting.variable);
  }
  return values as Settings;
};

/** The environment variables that carry these values, for a function's configuration. */
export const environmentOf = (values: SettingValues): Record<string, string> => {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const setting = SETTINGS[name as keyof Specs] as Setting<unknown>;
    env[setting.variable] = setting.format(value);
  }
  return env;
};

/** The name of the route policy's file in a function's asset. */
export const ROUTE_POLICY_FILE = 'route-policy.json';

/** What puts a route policy in a function's own asset: the file and the setting that names it. */
export const routePolicyAssetOf = (policy: readonly RoutePolicyEntry[]) => ({
  assetFiles: { [ROUTE_POLICY_FILE]: JSON.stringify(policy) },
  environment: environmentOf({ routePolicyFile: ROUTE_POLICY_FILE }),
});

/**
 * The route policy of these settings: the variable's, else the file's (read once, at cold start). A file
 * that is missing or not a JSON array stops the cold start with the file's name.
 */
export const routePolicyOf = (settings: Settings): readonly RoutePolicyEntry[] | undefined => {
  if (settings.routePolicy !== undefined || settings.routePolicyFile === undefined)
    return settings.routePolicy;
  const path = resolve(settings.taskRoot ?? process.cwd(), settings.routePolicyFile);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new SettingError(`${SETTINGS.routePolicyFile.variable} names ${path}, which cannot be read.`);
  }
  return SETTINGS.routePolicy.parse(raw, path);
};

export const tableNamesOf = (
  settings: Pick<Settings, 'tokensTable' | 'directoryTable' | 'eventsTable'>,
): TableNames => ({
  tokens: settings.tokensTable,
  directory: settings.directoryTable,
  events: settings.eventsTable,
});

/** Table names from an environment (set by the stack), else the local names. */
export const tableNamesFrom = (env?: NodeJS.ProcessEnv): TableNames => tableNamesOf(readSettings(env));
