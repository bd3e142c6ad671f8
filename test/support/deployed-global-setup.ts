import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { synthesizeApp } from '../../local/deployed/synth.js';
import { startDynamoDbLocal } from '../../local/dynamodb-local.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The repository's app, synthesized once for the run: what `cdk deploy` would deploy. */
    cdkOut: string;
    /** A DynamoDB Local of the deployed runs' own (each emulation makes the templates' tables in it). */
    deployedDynamoDbEndpoint: string;
  }
}

/** Synthesizes the app once and starts one DynamoDB Local; both go when the run ends, failed or not. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outdir = await mkdtemp(join(tmpdir(), 'keyward-cdk-out-'));
  const [dynamo] = await Promise.all([startDynamoDbLocal(), synthesizeApp(outdir)]);
  project.provide('cdkOut', outdir);
  project.provide('deployedDynamoDbEndpoint', dynamo.endpoint);
  const stopOnSignal = () => void dynamo.stop().finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  return async () => {
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
    await Promise.all([dynamo.stop(), rm(outdir, { recursive: true, force: true })]);
  };
}
