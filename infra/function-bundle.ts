import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { protectedRoutes } from '../sample-api/routes.js';
import { routes } from '../shared/http/routes/index.js';

/**
 * How every Keyward Lambda function is bundled — at synth inside this repository, at pack time for the
 * package (prebuilt assets), and by the bundle-size benchmark: one set of esbuild settings for all three.
 */

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The Node.js major version of the Lambda runtime: the bundles' target, the functions' runtime
 * (`KeywardFunction`) and the Node.js that the shipped-bundle tests run them on (tools/lambda-node).
 */
export const LAMBDA_NODE_MAJOR = 22;

/** Node.js 22 ESM, minified with a source map; the AWS SDK bundled rather than taken from the runtime. */
export const FUNCTION_BUNDLE_OPTIONS: BuildOptions = {
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  platform: 'node',
  target: `node${LAMBDA_NODE_MAJOR}`,
  mainFields: ['module', 'main'],
  // zod's entry without its locales: see infra/bundling/zod.mjs (≈ 430 KB less in every function).
  alias: { zod: join(PROJECT_ROOT, 'infra', 'bundling', 'zod.mjs') },
  // Some bundled CommonJS dependencies call `require`; ESM output needs it defined.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'silent',
};

/**
 * Every handler module that a stack deploys or a construct uses, as a path from the project root without
 * extension: the management API's under `functions/`, the sample Data API's under `sample-api/functions/`.
 */
export const handlerModules = (): string[] => [
  ...new Set([
    ...[...routes, ...protectedRoutes].map((route) => route.handler),
    'functions/service/not-found',
    'functions/sweeper/handler',
    'functions/webhooks/dispatch',
    ...Object.values(AUTHORIZER_HANDLERS),
    ...Object.values(DECLARED_TOKEN_HANDLERS),
  ]),
];

/** The authorizer adapters, by the API Gateway authorizer type they answer. */
export const AUTHORIZER_HANDLERS = {
  request: 'functions/authorizer/rest-request',
  token: 'functions/authorizer/rest-token',
  http: 'functions/authorizer/http-api',
} as const;

/** The functions of tokens declared with `KeywardToken`: its custom resource and its secrets' rotation. */
export const DECLARED_TOKEN_HANDLERS = {
  resource: 'functions/declared-tokens/resource',
  rotation: 'functions/declared-tokens/rotate',
} as const;

export const handlerEntry = (handlerModule: string): string => join(PROJECT_ROOT, `${handlerModule}.ts`);

/**
 * Bundles one handler into `outfile` synchronously (what CDK's local bundling hook needs). esbuild is
 * loaded only here, so code that uses prebuilt assets never needs it installed.
 */
export const bundleHandlerSync = (handlerModule: string, outfile: string): void => {
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  esbuild.buildSync({ ...FUNCTION_BUNDLE_OPTIONS, entryPoints: [handlerEntry(handlerModule)], outfile });
};

/**
 * Every handler prebuilt into `outdir` in one code-split build: `<handler module>.mjs` entries, with the
 * code they share once in `chunks/` (what the package ships as `dist/assets/lambda`).
 */
export const buildFunctions = async (outdir: string): Promise<string[]> => {
  const { build } = await import('esbuild');
  const modules = handlerModules();
  await build({
    ...FUNCTION_BUNDLE_OPTIONS,
    entryPoints: Object.fromEntries(
      modules.map((handlerModule) => [handlerModule, handlerEntry(handlerModule)]),
    ),
    outdir,
    splitting: true,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
  });
  return modules;
};
