import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../infra/function-bundle.js';

const TOOL = join(PROJECT_ROOT, 'tools', 'lambda-node');

export interface NodeRuntime {
  /** How a test names it, e.g. `Node.js v22.23.3 (Lambda runtime)`. */
  readonly label: string;
  readonly executable: string;
}

/**
 * The Node.js of the Lambda runtime, as `npm ci` installed it into tools/lambda-node (its `prepare` script),
 * or why there is none: a platform the `node-<os>-<arch>` packages do not cover, or an install that skipped
 * scripts (`npm ci --ignore-scripts`; `npm run prepare` mends it).
 */
export const lambdaNodeRuntime = ():
  | NodeRuntime
  | { readonly missing: string; readonly platformUncovered: boolean } => {
  const manifest = JSON.parse(readFileSync(join(TOOL, 'package.json'), 'utf8')) as {
    optionalDependencies: Record<string, string>;
  };
  const name = `node-${process.platform}-${process.arch}`;
  if (manifest.optionalDependencies[name] === undefined) {
    return {
      missing: `no ${name} package: the Lambda runtime's Node.js is not published for this platform`,
      platformUncovered: true,
    };
  }
  const executable = join(TOOL, 'node_modules', name, 'bin', 'node');
  if (!existsSync(executable)) {
    return {
      missing: `${executable} is missing: run \`npm run prepare\` (npm ci with scripts installs it)`,
      platformUncovered: false,
    };
  }
  const version = execFileSync(executable, ['--version'], { encoding: 'utf8' }).trim();
  return { label: `Node.js ${version} (Lambda runtime)`, executable };
};
