import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { handlerModules } from '../../../infra/function-bundle.js';
import { protectedRoutes } from '../../../sample-api/routes.js';
import type { RoutedHttpHandler } from '../../../shared/http/http-handler.js';
import type { Operation } from '../../../shared/http/operation.js';
import type { RouteDefinition } from '../../../shared/http/route.js';
import { routes } from '../../../shared/http/routes/index.js';

const ROOTS = ['functions', join('sample-api', 'functions')];
const allRoutes: readonly RouteDefinition[] = [...routes, ...protectedRoutes];

/** Every module under the handler folders that exports a Lambda `handler`, as a handler module name. */
const handlerFiles = (): string[] =>
  ROOTS.flatMap((root) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => /^export const handler\b/m.test(readFileSync(file, 'utf8')))
      .map((file) => relative('.', file).replace(/\.ts$/, '')),
  );

const shapeKeys = (schema: unknown): string[] =>
  Object.keys((schema as { shape?: Record<string, unknown> } | undefined)?.shape ?? {});

describe('Handlers and the route table', () => {
  it('give every route its handler file, and every handler file a route (or a stack that deploys it)', () => {
    const deployed = new Set(handlerModules());
    const missing = allRoutes.filter((route) => !existsSync(`${route.handler}.ts`)).map((r) => r.handler);
    expect(missing).toEqual([]);
    expect(handlerFiles().filter((module) => !deployed.has(module))).toEqual([]);
  });

  it.each(allRoutes.map((route) => [route.operationId, route] as const))(
    '%s: its handler reads only what the route validates',
    async (_, route) => {
      const file = pathToFileURL(join(process.cwd(), `${route.handler}.ts`)).href;
      const { operation, handler } = (await import(/* @vite-ignore */ file)) as {
        operation: Operation;
        handler: RoutedHttpHandler;
      };
      // The function deployed for this route answers it from the routes it bundles.
      expect(handler.routes).toContain(route);
      const contract = operation.contract ?? {};
      // Path parameters and query fields by name (their formats are the route's); the body is the route's own schema.
      for (const name of shapeKeys(contract.params)) expect(shapeKeys(route.request?.params)).toContain(name);
      for (const name of shapeKeys(contract.query)) expect(shapeKeys(route.request?.query)).toContain(name);
      if (contract.query !== undefined) expect(contract.query).toBe(route.request?.query);
      if (contract.body !== undefined) expect(contract.body).toBe(route.request?.body);
    },
  );
});
