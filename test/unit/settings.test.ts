import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleRoutePolicy } from '../../sample-api/routes.js';
import {
  environmentOf,
  readSettings,
  routePolicyAssetOf,
  routePolicyOf,
  SETTINGS,
  SettingError,
  type SettingValues,
} from '../../shared/composition/settings.js';
import { localTableNames } from '../../shared/store/tables.js';
import { DEFAULT_TOUCH_INTERVAL_SECONDS } from '../../shared/verify/verify-token.js';

const sourcesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourcesUnder(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );

describe('Settings', () => {
  it('are the only runtime code that reads process.env', () => {
    const runtimeCode = [
      ...sourcesUnder('shared'),
      ...sourcesUnder('functions'),
      ...sourcesUnder('sample-api'),
    ];
    const readers = runtimeCode.filter(
      (file) =>
        file !== join('shared', 'composition', 'settings.ts') &&
        readFileSync(file, 'utf8').includes('process.env'),
    );
    expect(readers).toEqual([]);
  });

  it('take their defaults when nothing is set', () => {
    const settings = readSettings({});
    const tables = localTableNames();
    expect(settings).toMatchObject({
      tokensTable: tables.tokens,
      directoryTable: tables.directory,
      eventsTable: tables.events,
      touchIntervalSeconds: DEFAULT_TOUCH_INTERVAL_SECONDS,
      logLevel: 'INFO',
      geoSource: 'none',
      home: '.keyward',
    });
    expect(settings.kmsKeyId).toBeUndefined();
    expect(settings.routePolicy).toBeUndefined();
  });

  it('read back what environmentOf writes, for every setting', () => {
    const values = {
      tokensTable: 't',
      directoryTable: 'd',
      eventsTable: 'e',
      kmsKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/k',
      peppers: [{ version: 1, ciphertext: 'AQID' }],
      home: '/tmp/kw',
      dynamodbEndpoint: 'http://127.0.0.1:8000',
      region: 'eu-west-1',
      touchIntervalSeconds: 60,
      revocationBoundMs: 0,
      changeFeedReplicas: 4,
      replicationAllowanceMs: 30_000,
      cacheMaxEntries: 5,
      routePolicy: sampleRoutePolicy.slice(0, 2),
      routePolicyFile: 'route-policy.json',
      taskRoot: '/var/task',
      geoSource: 'cloudfront',
      eventBusName: 'default',
      mailFrom: 'Keyward <keyward@example.com>',
      mailConfigurationSet: 'keyward-mail',
      adminKeyFailuresPerMinute: 10,
      leakReportsPerHour: 5,
      logLevel: 'DEBUG',
    } satisfies SettingValues;
    expect(Object.keys(values).sort()).toEqual(Object.keys(SETTINGS).sort());
    expect(readSettings(environmentOf(values))).toEqual(values);
  });

  it.each([
    ['KEYWARD_TOUCH_INTERVAL_SECONDS', 'soon', /KEYWARD_TOUCH_INTERVAL_SECONDS must be a whole number/],
    ['KEYWARD_REVOCATION_BOUND_MS', '-1', /at least 0/],
    ['KEYWARD_GEO_SOURCE', 'maxmind', /one of none, cloudfront/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of/],
    ['KEYWARD_ROUTE_POLICY', '{"method":"GET"}', /JSON array/],
  ])('refuse %s=%s with the variable named', (variable, value, message) => {
    expect(() => readSettings({ [variable]: value })).toThrow(SettingError);
    expect(() => readSettings({ [variable]: value })).toThrow(message);
  });

  it('read a route policy from the file named, relative to the function code', () => {
    const taskRoot = mkdtempSync(join(tmpdir(), 'keyward-task-'));
    const { assetFiles, environment } = routePolicyAssetOf(sampleRoutePolicy);
    for (const [name, content] of Object.entries(assetFiles)) writeFileSync(join(taskRoot, name), content);
    const settings = readSettings({ ...environment, LAMBDA_TASK_ROOT: taskRoot });
    expect(routePolicyOf(settings)).toEqual(sampleRoutePolicy);
    // The variable, where a backend sets one, wins over a file.
    const small = sampleRoutePolicy.slice(0, 1);
    expect(routePolicyOf({ ...settings, routePolicy: small })).toEqual(small);
  });

  it('stop a cold start on a route policy file that is missing or not an array, naming the file', () => {
    const taskRoot = mkdtempSync(join(tmpdir(), 'keyward-task-'));
    const settings = readSettings({ KEYWARD_ROUTE_POLICY_FILE: 'policy.json', LAMBDA_TASK_ROOT: taskRoot });
    expect(() => routePolicyOf(settings)).toThrow(/KEYWARD_ROUTE_POLICY_FILE names .*policy\.json/);
    writeFileSync(join(taskRoot, 'policy.json'), '{"method":"GET"}');
    expect(() => routePolicyOf(settings)).toThrow(/policy\.json must be a JSON array/);
  });

  it('never put a value in an error: peppers that do not parse are not echoed', () => {
    const secret = 'kwpepper-not-json-0123456789';
    try {
      readSettings({ KEYWARD_PEPPERS: secret });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain(secret);
    }
  });
});
