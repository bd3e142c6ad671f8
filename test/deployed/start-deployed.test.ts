import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../infra/function-bundle.js';
import { synthesizedCdkOut } from '../support/deployed.js';

const run = promisify(execFile);

/** `npm run start:deployed` on input it cannot run: one line naming what is missing, exit 1. */
describe('Deployed: npm run start:deployed on bad input', () => {
  let scratch: string;
  let source: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'keyward-start-deployed-'));
    source = await synthesizedCdkOut();
  });
  afterAll(async () => rm(scratch, { recursive: true, force: true }));

  const startDeployed = async (...args: string[]) => {
    try {
      await run(
        process.execPath,
        ['--import', 'tsx', join(PROJECT_ROOT, 'local/deployed/main.ts'), ...args],
        {
          cwd: PROJECT_ROOT,
          env: { ...process.env, KEYWARD_HOME: scratch },
          timeout: 60_000,
        },
      );
      return { code: 0, stderr: '' };
    } catch (error) {
      const failed = error as { code: number; stderr: string };
      return { code: failed.code, stderr: failed.stderr };
    }
  };

  it('names a cloud assembly that is not there', async () => {
    const missing = join(scratch, 'no-such-cdk.out');
    const { code, stderr } = await startDeployed('--cdk-out', missing);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `start:deployed: No cloud assembly at ${missing}: run \`npx cdk synth\` first`,
    ]);
  });

  it('names the function a template gives a runtime it cannot run', async () => {
    // Prepare: the run's assembly (its assets linked, not copied), one function's runtime changed to Python
    const copy = join(scratch, 'python.out');
    await mkdir(copy);
    for (const entry of await readdir(source)) {
      if (entry.startsWith('asset.')) await symlink(join(source, entry), join(copy, entry));
      else await cp(join(source, entry), join(copy, entry), { recursive: true });
    }
    const file = join(copy, 'Keyward-dev.template.json');
    const template = JSON.parse(await readFile(file, 'utf8'));
    const [logicalId, health] = Object.entries(template.Resources).find(
      ([id, resource]) =>
        id.startsWith('ServiceHealthFunction') &&
        (resource as { Type: string }).Type === 'AWS::Lambda::Function',
    ) as [string, { Properties: { Runtime: string } }];
    health.Properties.Runtime = 'python3.13';
    await writeFile(file, JSON.stringify(template));

    // Act
    const { code, stderr } = await startDeployed('--cdk-out', copy);

    // Assess
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `start:deployed: Keyward-dev/${logicalId}: runtime python3.13 is not emulated (Node.js only)`,
    ]);
  });
});
