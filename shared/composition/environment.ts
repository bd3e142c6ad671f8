import { KMSClient } from '@aws-sdk/client-kms';
import { kmsDataKeys } from '../crypto/data-keys.js';
import { type CompositionOptions, Container } from './container.js';
import { keyProviderFromSettings } from './key-provider-from-environment.js';
import { readSettings, routePolicyOf, type Settings, tableNamesOf } from './settings.js';

/** How a deployed function is composed: from its settings (the environment the stack sets). */
export const compositionOptionsOf = (settings: Settings): CompositionOptions => {
  const routePolicy = routePolicyOf(settings);
  return {
    tables: tableNamesOf(settings),
    keys: (documents) => keyProviderFromSettings(documents, settings),
    ...(settings.kmsKeyId === undefined
      ? {}
      : { dataKeys: kmsDataKeys(() => new KMSClient({ region: settings.region }), settings.kmsKeyId) }),
    store: {
      region: settings.region,
      ...(settings.dynamodbEndpoint === undefined ? {} : { endpoint: settings.dynamodbEndpoint }),
    },
    logLevel: settings.logLevel,
    touchIntervalSeconds: settings.touchIntervalSeconds,
    geoSource: settings.geoSource,
    revocationBoundMs: settings.revocationBoundMs,
    changeFeedReplicas: settings.changeFeedReplicas,
    replicationAllowanceMs: settings.replicationAllowanceMs,
    cache: { maxEntries: settings.cacheMaxEntries },
    flushUsageOnShutdown: true,
    ...(routePolicy === undefined ? {} : { routePolicy }),
    ...(settings.eventBusName === undefined ? {} : { eventBusName: settings.eventBusName }),
    ...(settings.mailFrom === undefined
      ? {}
      : {
          mail: {
            from: settings.mailFrom,
            ...(settings.mailConfigurationSet === undefined
              ? {}
              : { configurationSet: settings.mailConfigurationSet }),
          },
        }),
    ...(settings.adminKeyFailuresPerMinute === undefined
      ? {}
      : { adminKeyFailuresPerMinute: settings.adminKeyFailuresPerMinute }),
    ...(settings.leakReportsPerHour === undefined ? {} : { leakReportsPerHour: settings.leakReportsPerHour }),
  };
};

let environmentContainer: Container | undefined;

/** The container of a Lambda function: one per cold start, composed from the environment. */
export const containerFromEnvironment = (): Container =>
  (environmentContainer ??= new Container(compositionOptionsOf(readSettings())));
