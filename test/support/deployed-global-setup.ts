import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { synthesizeApp } from '../../local/deployed/synth.js';
import { startDynamoDbLocal } from '../../local/dynamodb-local.js';
import { stopOnInterrupt } from './interrupt.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * Where the repository's app is synthesized once for the run (what `cdk deploy` would deploy); ready
     * when `synthesizedCdkOut()` (test/support/deployed.ts) says so.
     */
    cdkOut: string;
    /** A DynamoDB Local of the deployed runs' own (each emulation makes the templates' tables in it). */
    deployedDynamoDbEndpoint: string;
  }
}

/** A marker the synthesis leaves in the cloud assembly's folder: done, or failed with its message. */
export const SYNTH_DONE = '.synthesized';
export const SYNTH_FAILED = '.synth-failed';

/**
 * Starts one DynamoDB Local, and the app's synthesis in the background — it overlaps the other projects'
 * tests instead of holding up the whole run; both go when the run ends, failed or not.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outdir = await mkdtemp(join(tmpdir(), 'keyward-cdk-out-'));
  const synthesis = synthesizeApp(outdir).then(
    () => writeFile(join(outdir, SYNTH_DONE), ''),
    (error: Error) => writeFile(join(outdir, SYNTH_FAILED), error.message),
  );
  const dynamo = await startDynamoDbLocal();
  project.provide('cdkOut', outdir);
  project.provide('deployedDynamoDbEndpoint', dynamo.endpoint);
  const release = stopOnInterrupt(() => dynamo.stop());
  return async () => {
    release();
    await Promise.all([dynamo.stop(), synthesis]);
    await rm(outdir, { recursive: true, force: true });
  };
}
