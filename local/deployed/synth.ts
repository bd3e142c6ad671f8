import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../infra/function-bundle.js';

const run = promisify(execFile);

/**
 * Synthesizes the repository's CDK app into `outdir` as `cdk synth` does: the app from cdk.json run with
 * the CLI's two variables (the output folder, and cdk.json's context with `context` over it). The console
 * stack is left out unless asked for: it needs a console build and the emulation does not serve it.
 */
export const synthesizeApp = async (
  outdir: string,
  context: Readonly<Record<string, string>> = {},
): Promise<void> => {
  const cdkJson = JSON.parse(await readFile(join(PROJECT_ROOT, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  await run(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'infra', 'app.ts')], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      CDK_OUTDIR: outdir,
      CDK_CONTEXT_JSON: JSON.stringify({ ...cdkJson.context, console: 'false', ...context }),
    },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
};
