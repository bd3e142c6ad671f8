import { execFile } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildFunctions, PROJECT_ROOT } from '../infra/function-bundle.js';

/**
 * `npm run build:package` (and `prepack`): what the published package holds under `dist/` — the
 * JavaScript and type declarations of `keyward/cdk`, `keyward/verifier`, `keyward/client` and the CLI, and
 * every Lambda function prebuilt as `dist/assets/lambda/<handler module>.mjs`, so an app that installs Keyward
 * synthesizes without TypeScript, esbuild or Docker; and the shutdown extension's layer.
 */
const run = promisify(execFile);
const DIST = join(PROJECT_ROOT, 'dist');
/** Where `KeywardFunction` looks for them once compiled into `dist/infra/constructs`. */
const PREBUILT_FUNCTIONS = join(DIST, 'assets', 'lambda');

await rm(DIST, { recursive: true, force: true });
await run(
  process.execPath,
  [join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.package.json'],
  { cwd: PROJECT_ROOT },
);
const modules = await buildFunctions(PREBUILT_FUNCTIONS);
// The shutdown extension's layer, where `KeywardFunction` looks for it in the package.
await cp(
  join(PROJECT_ROOT, 'infra', 'extensions', 'shutdown'),
  join(DIST, 'assets', 'extensions', 'shutdown'),
  {
    recursive: true,
  },
);
process.stdout.write(`built dist/: modules and types, ${modules.length} prebuilt functions\n`);
