import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, inject } from 'vitest';
import { bootstrapEmulation } from '../../local/deployed/bootstrap.js';
import { type Emulation, type EmulationOptions, startEmulation } from '../../local/deployed/emulator.js';
import { type ApiClient, apiClient } from './api-client.js';
import { SYNTH_DONE, SYNTH_FAILED } from './deployed-global-setup.js';
import { recording } from './e2e.js';

export const KEYWARD_STACK = 'Keyward-dev';
export const SAMPLE_STACK = 'KeywardSampleApi-dev';

/** The run's synthesized app, once its synthesis (started by the global setup) is done. */
export const synthesizedCdkOut = async (): Promise<string> => {
  const outdir = inject('cdkOut');
  for (;;) {
    if (existsSync(join(outdir, SYNTH_DONE))) return outdir;
    if (existsSync(join(outdir, SYNTH_FAILED)))
      throw new Error(`cdk synth failed: ${readFileSync(join(outdir, SYNTH_FAILED), 'utf8')}`);
    await sleep(200);
  }
};

/** What an HTTP-only test needs of a Keyward, wherever it runs: the local server or a deployment. */
export interface HttpKeyward {
  readonly url: string;
  readonly ownerKey: string;
  /** A directory of the test's own; `.keyward/bootstrap-admin-key` holds the owner's key. */
  readonly workdir: string;
  readonly api: ApiClient;
  readonly as: (key?: string) => ApiClient;
  stop(): Promise<void>;
}

export interface DeployedKeyward extends HttpKeyward {
  readonly emulation: Emulation;
  /** The sample Data API's URL (its stage's), behind the deployed token authorizer. */
  readonly sampleApiUrl: string;
  readonly sample: (key?: string) => ApiClient;
}

/**
 * The repository's app as deployed: the run's `cdk.out` served by the emulation on the run's DynamoDB Local,
 * bootstrapped with `npm run bootstrap` on its outputs file as the README says. `stop()` fails the test when
 * a function was refused an AWS call (its role lacks a permission) or when a token value issued during the
 * test reached a function's log.
 */
export const startDeployedKeyward = async (
  options: Pick<EmulationOptions, 'network'> = {},
): Promise<DeployedKeyward> => {
  const workdir = await mkdtemp(join(tmpdir(), 'keyward-deployed-'));
  const emulation = await startEmulation({
    cdkOut: await synthesizedCdkOut(),
    dynamoDbEndpoint: inject('deployedDynamoDbEndpoint'),
    schedules: false,
    ...options,
  });
  try {
    const { adminKey: ownerKey, printed } = await bootstrapEmulation(
      emulation,
      KEYWARD_STACK,
      join(workdir, 'cdk-outputs.json'),
    );
    if (ownerKey === undefined) throw new Error(`npm run bootstrap printed no key:\n${printed}`);
    await mkdir(join(workdir, '.keyward'), { recursive: true });
    await writeFile(join(workdir, '.keyward', 'bootstrap-admin-key'), `${ownerKey}\n`, { mode: 0o600 });

    const url = emulation.outputs[KEYWARD_STACK]!.ApiUrl!;
    const sampleApiUrl = emulation.outputs[SAMPLE_STACK]!.SampleApiUrl!.replace(/\/$/, '');
    const issued = new Set<string>();
    const as = (key?: string) => recording(apiClient(url, key), issued);
    return {
      emulation,
      url,
      sampleApiUrl,
      ownerKey,
      workdir,
      api: as(ownerKey),
      as,
      sample: (key?: string) => apiClient(sampleApiUrl, key),
      stop: async () => {
        try {
          expect(emulation.services.denials, 'AWS calls the deployed roles refused').toEqual([]);
          const logs = emulation.host.logs.map(({ line }) => line).join('\n');
          for (const value of [...issued, ownerKey])
            expect(logs.includes(value), 'a token value in a function log').toBe(false);
        } finally {
          await emulation.close();
          await rm(workdir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await emulation.close();
    throw error;
  }
};

/** The deployed function whose logical id contains `part` (exactly one must). */
export const functionNamed = (emulation: Emulation, part: string) => {
  const found = [...emulation.model.functions.values()].filter((fn) => fn.logicalId.includes(part));
  if (found.length !== 1)
    throw new Error(
      `${found.length} functions have ${part} in their logical id: ${found.map((fn) => fn.logicalId)}`,
    );
  return found[0]!;
};

/** The deployed schedule whose logical id starts with `prefix` (exactly one must). */
export const scheduleNamed = (emulation: Emulation, prefix: string) => {
  const found = emulation.model.schedules.filter((schedule) => schedule.logicalId.startsWith(prefix));
  if (found.length !== 1)
    throw new Error(`${found.length} schedules have a logical id starting with ${prefix}`);
  return found[0]!;
};
