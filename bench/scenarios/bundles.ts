import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import {
  AUTHORIZER_HANDLERS,
  FUNCTION_BUNDLE_OPTIONS,
  handlerEntry,
  handlerModules,
} from '../../infra/function-bundle.js';
import { routes } from '../../shared/http/routes/index.js';
import { median, round } from '../stats.js';

const exec = promisify(execFile);

/** Bundled exactly as the functions ship (infra/function-bundle.ts). */
const bundle = (entry: string, outfile: string) =>
  build({ ...FUNCTION_BUNDLE_OPTIONS, entryPoints: [entry], outfile });

/** Milliseconds to import a bundle in a fresh process: the part of a cold start the code controls. */
const importMs = async (file: string): Promise<number> => {
  const script = `const t=performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(performance.now()-t);`;
  const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, AWS_REGION: 'eu-west-1' },
  });
  return Number(stdout.trim());
};

/**
 * Sizes of every function's bundle and the import time of the authorizer's and the largest management
 * function's. `managementSample` bundles only that many management functions (a smoke run: bundling all of
 * them is most of the scenario's time).
 */
export const bundleSizes = async (importRuns: number, managementSample = Number.POSITIVE_INFINITY) => {
  const dir = await mkdtemp(join(tmpdir(), 'keyward-bundles-'));
  try {
    const managementModules = [...new Set(routes.map((route) => route.handler))].slice(0, managementSample);
    const modules =
      managementSample === Number.POSITIVE_INFINITY
        ? handlerModules()
        : [AUTHORIZER_HANDLERS.request, ...managementModules];
    const functions: Record<string, number> = {};
    // esbuild runs the builds side by side; sizes do not depend on the order.
    await Promise.all(
      modules.map(async (module) => {
        const outfile = join(dir, module.replaceAll('/', '__'), 'index.mjs');
        await bundle(handlerEntry(module), outfile);
        functions[module] = (await stat(outfile)).size;
      }),
    );
    const reference = join(dir, 'reference', 'index.mjs');
    await bundle(join('bench', 'reference', 'get-item-handler.ts'), reference);
    const referenceBytes = (await stat(reference)).size;
    const authorizer = join(dir, AUTHORIZER_HANDLERS.request.replaceAll('/', '__'), 'index.mjs');
    // The largest management function stands for them all: what a cold start of one loads.
    const largestManagement = [...managementModules].sort((a, b) => functions[b]! - functions[a]!)[0]!;
    const management = join(dir, largestManagement.replaceAll('/', '__'), 'index.mjs');
    const authorizerTimes: number[] = [];
    const managementTimes: number[] = [];
    const referenceTimes: number[] = [];
    for (let i = 0; i < importRuns; i += 1) {
      authorizerTimes.push(await importMs(authorizer));
      managementTimes.push(await importMs(management));
      referenceTimes.push(await importMs(reference));
    }
    const authorizerBytes = functions[AUTHORIZER_HANDLERS.request]!;
    const managementSizes = managementModules.map((module) => functions[module]!);
    const managementMedianBytes = Math.round(median(managementSizes));
    const managementMaxBytes = Math.max(...managementSizes);
    return {
      bundle: {
        authorizerBytes,
        referenceBytes,
        sizeRatio: round(authorizerBytes / referenceBytes, 3),
        managementFunctions: managementSizes.length,
        managementMedianBytes,
        managementMaxBytes,
        managementMedianRatio: round(managementMedianBytes / referenceBytes, 3),
        managementMaxRatio: round(managementMaxBytes / referenceBytes, 3),
        managementImportTimeRatio: round(median(managementTimes) / median(referenceTimes), 3),
        authorizerImportMs: round(median(authorizerTimes), 2),
        referenceImportMs: round(median(referenceTimes), 2),
        importTimeRatio: round(median(authorizerTimes) / median(referenceTimes), 3),
        functions,
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
