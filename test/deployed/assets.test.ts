import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUTHORIZER_HANDLERS, PROJECT_ROOT } from '../../infra/function-bundle.js';
import { readCloudAssembly } from '../../local/deployed/assembly.js';
import { deploy } from '../../local/deployed/deployment.js';
import { type DeploymentModel, type FunctionModel, modelOf } from '../../local/deployed/model.js';
import { protectedRoutes } from '../../sample-api/routes.js';
import { type RouteDefinition, routeKeyOf } from '../../shared/http/route.js';
import { routes } from '../../shared/http/routes/index.js';
import { synthesizedCdkOut } from '../support/deployed.js';

/** The handler module each API route names, by route key (`GET /health`). */
const HANDLER_OF_ROUTE = new Map([
  ...[...routes, ...protectedRoutes].map((route) => [routeKeyOf(route), route.handler] as const),
  ['$default', 'functions/service/not-found'] as const,
]);

/** What each schedule of KeywardStack runs, by its rule's construct id. */
const HANDLER_OF_SCHEDULE: Record<string, string> = {
  SweepSchedule: 'functions/sweeper/handler',
  WebhookDispatchSchedule: 'functions/webhooks/dispatch',
};

const sourcesOf = (directory: string): Set<string> => {
  const map = JSON.parse(readFileSync(join(directory, 'index.mjs.map'), 'utf8')) as { sources: string[] };
  return new Set(map.sources.map((source) => resolve(directory, source)));
};

const ROUTE_FAMILIES = join(PROJECT_ROOT, 'shared', 'http', 'routes');

/** The handler modules each route family module serves, by the family's file. */
const familyHandlers = async (): Promise<Map<string, Set<string>>> => {
  const families = new Map<string, Set<string>>();
  for (const name of readdirSync(ROUTE_FAMILIES).filter((file) => file !== 'index.ts')) {
    const file = join(ROUTE_FAMILIES, name);
    const exports = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
    const handlers = Object.values(exports)
      .filter(Array.isArray)
      .flatMap((list) => (list as RouteDefinition[]).map((route) => route.handler));
    families.set(file, new Set(handlers));
  }
  return families;
};

/**
 * The handler module a function's code runs: for a bundle (`index.handler`), the handler module among the
 * sources of its source map; for the prebuilt asset (`functions/x.handler`), the entry file itself.
 */
const handlerModuleOf = (fn: FunctionModel): string | undefined => {
  if (!('directory' in fn.code)) return undefined;
  const { directory } = fn.code;
  const [file] = fn.handler.split(/\.(?=[^.]+$)/);
  if (file !== 'index') return existsSync(join(fn.code.directory, `${file}.mjs`)) ? file : undefined;
  const modules = new Set(HANDLER_OF_ROUTE.values());
  for (const handler of [...Object.values(HANDLER_OF_SCHEDULE), ...Object.values(AUTHORIZER_HANDLERS)])
    modules.add(handler);
  const sources = sourcesOf(directory);
  const found = [...modules].filter((module) => sources.has(join(PROJECT_ROOT, `${module}.ts`)));
  return found.length === 1 ? found[0] : `${found.length} handler modules: ${found.join(', ')}`;
};

describe('Deployed: every function of `cdk synth` runs its own handler', () => {
  let model: DeploymentModel;
  /** What each function is expected to run, from whatever invokes it. */
  const expected = new Map<string, Set<string>>();
  const expect_ = (arn: string | undefined, handler: string | undefined) => {
    if (arn === undefined || handler === undefined) return;
    expected.set(arn, (expected.get(arn) ?? new Set()).add(handler));
  };

  beforeAll(async () => {
    model = modelOf(
      deploy(readCloudAssembly(await synthesizedCdkOut()), {
        region: 'us-east-1',
        accountId: '000000000000',
        apiUrl: () => 'http://127.0.0.1',
      }),
    );
    for (const api of model.httpApis) {
      for (const route of api.routes) expect_(route.functionArn, HANDLER_OF_ROUTE.get(route.routeKey));
    }
    for (const api of model.restApis) {
      for (const method of api.methods) {
        if (method.integration.type === 'AWS_PROXY')
          expect_(
            method.integration.functionArn,
            HANDLER_OF_ROUTE.get(`${method.httpMethod} ${method.path}`),
          );
        if (method.authorizer !== undefined)
          expect_(
            method.authorizer.functionArn,
            AUTHORIZER_HANDLERS[method.authorizer.type === 'TOKEN' ? 'token' : 'request'],
          );
      }
    }
    for (const schedule of model.schedules) {
      const handler = Object.entries(HANDLER_OF_SCHEDULE).find(([id]) =>
        schedule.logicalId.startsWith(id),
      )?.[1];
      for (const arn of schedule.functionArns) expect_(arn, handler);
    }
  });

  it('invokes every function from a route, an authorizer or a schedule, each expecting one handler', () => {
    const stacks = new Set([...model.functions.values()].map((fn) => fn.stack));
    expect([...stacks].sort()).toEqual(['Keyward-dev', 'KeywardSampleApi-dev']);
    // CDK's own functions (none in these stacks today) would show here.
    expect([...model.functions.keys()].filter((arn) => !expected.has(arn))).toEqual([]);
    for (const [arn, handlers] of expected) expect([...handlers], arn).toHaveLength(1);
  });

  it('gives every function an asset whose entry is the handler module its trigger names', () => {
    const wrong = [...model.functions.values()]
      .map((fn) => ({ fn: fn.logicalId, expected: [...expected.get(fn.arn)!][0], runs: handlerModuleOf(fn) }))
      .filter((row) => row.expected !== row.runs);
    expect(wrong).toEqual([]);
  });

  it('bundles into each function only the route families of the routes it serves', async () => {
    const families = await familyHandlers();
    let bundledFamilies = 0;
    const extra = [...model.functions.values()].flatMap((fn) => {
      const handler = [...expected.get(fn.arn)!][0]!;
      // The OpenAPI document is the whole table: that one function carries every family.
      if (!('directory' in fn.code) || handler === 'functions/service/openapi') return [];
      if (!existsSync(join(fn.code.directory, 'index.mjs.map'))) return [];
      const bundled = [...sourcesOf(fn.code.directory)].filter((source) => source.startsWith(ROUTE_FAMILIES));
      bundledFamilies += bundled.length;
      return bundled
        .filter((source) => !families.get(source)?.has(handler))
        .map((source) => `${handler}: ${relative(PROJECT_ROOT, source)}`);
    });
    expect(extra).toEqual([]);
    expect(bundledFamilies).toBeGreaterThan(50);
  });

  it('gives every function the shutdown extension, an executable that registers for SHUTDOWN only', () => {
    const missing = [...model.functions.values()]
      .filter(
        (fn) =>
          !fn.layers.some((layer) => {
            const extension = join(layer, 'extensions', 'keyward-shutdown');
            return existsSync(extension) && (statSync(extension).mode & 0o111) !== 0;
          }),
      )
      .map((fn) => fn.logicalId);
    expect(missing).toEqual([]);
  });
});
