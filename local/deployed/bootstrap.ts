import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../infra/function-bundle.js';
import type { Emulation } from './emulator.js';

const run = promisify(execFile);

/**
 * What a deployer does after `cdk deploy --all --outputs-file cdk-outputs.json`: writes the outputs file and
 * runs `npm run bootstrap -- --stack <stack> --outputs <file>` with the deployer's credentials against the
 * deployment's services. The owner's admin key, if this run made one (printed once, as the script prints it).
 */
export const bootstrapEmulation = async (
  emulation: Emulation,
  stack: string,
  outputsFile: string,
): Promise<{ readonly adminKey?: string; readonly printed: string }> => {
  await writeFile(outputsFile, `${JSON.stringify(emulation.outputs, null, 2)}\n`);
  const { stdout } = await run(
    process.execPath,
    [
      '--import',
      'tsx',
      join(PROJECT_ROOT, 'infra', 'bootstrap.ts'),
      '--stack',
      stack,
      '--outputs',
      outputsFile,
    ],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        ...emulation.deployerEnvironment,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    },
  );
  const adminKey = /^\s+(\S+)\s*$/m.exec(stdout.split('shown once:')[1] ?? '')?.[1];
  return { ...(adminKey === undefined ? {} : { adminKey }), printed: stdout };
};
