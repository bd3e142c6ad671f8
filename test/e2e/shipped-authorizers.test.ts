import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHORIZER_HANDLERS, buildFunctions, LAMBDA_NODE_MAJOR } from '../../infra/function-bundle.js';
import { createWorkspaceAndSite, type E2eKeyward, startE2eKeyward } from '../support/e2e.js';
import { lambdaNodeRuntime, machineNodeRuntime, type NodeRuntime } from '../support/lambda-node.js';
import { functionEnvironmentOf } from '../support/local-keyward.js';

const run = promisify(execFile);

/** Imports a bundle's `handler` in a fresh Node process, calls it with one event, prints what it answered. */
const HARNESS = `
  const { handler } = await import(process.env.BUNDLE_URL);
  const context = { awsRequestId: 'test', functionName: 'authorizer', getRemainingTimeInMillis: () => 10000 };
  try {
    console.log(JSON.stringify({ answer: await handler(JSON.parse(process.env.EVENT), context) }));
  } catch (error) {
    console.log(JSON.stringify({ thrown: error.message }));
  }`;

const ADAPTERS = [
  { bundle: AUTHORIZER_HANDLERS.token, fixture: 'rest-token' },
  { bundle: AUTHORIZER_HANDLERS.request, fixture: 'rest-request' },
  { bundle: AUTHORIZER_HANDLERS.http, fixture: 'http-api-v2' },
] as const;

const lambdaNode = lambdaNodeRuntime();
const runtimes: NodeRuntime[] =
  'missing' in lambdaNode ? [machineNodeRuntime] : [machineNodeRuntime, lambdaNode];

/**
 * The authorizers as they ship — the prebuilt, code-split bundles of the package — on API Gateway events
 * shaped as in the AWS documentation (test/fixtures/authorizer), against DynamoDB Local, each in a fresh
 * process as a cold Lambda instance would be — on the machine's Node.js and on the Lambda runtime's.
 */
describe('E2E: the shipped authorizer bundles on API Gateway events', () => {
  let kw: E2eKeyward;
  let bundles: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    kw = await startE2eKeyward();
    bundles = await mkdtemp(join(tmpdir(), 'keyward-bundles-'));
    await buildFunctions(bundles);
    env = { ...process.env, AWS_REGION: 'eu-west-1', LOG_LEVEL: 'ERROR', ...functionEnvironmentOf(kw) };
  }, 120_000);
  afterAll(async () => {
    await kw?.stop();
    if (bundles !== undefined) await rm(bundles, { recursive: true, force: true });
  });

  const invoke = async (
    runtime: NodeRuntime,
    bundle: string,
    fixture: string,
    values: { token: string; siteId: string },
  ) => {
    const event = (await readFile(join('test', 'fixtures', 'authorizer', `${fixture}.json`), 'utf8'))
      .replaceAll('{{token}}', values.token)
      .replaceAll('{{siteId}}', values.siteId);
    const { stdout } = await run(runtime.executable, ['--input-type=module', '-e', HARNESS], {
      env: { ...env, EVENT: event, BUNDLE_URL: pathToFileURL(join(bundles, `${bundle}.mjs`)).href },
      timeout: 30_000,
    });
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as { answer?: Record<string, any>; thrown?: string };
  };

  const allowed = (outcome: { answer?: Record<string, any> }) =>
    outcome.answer?.isAuthorized ?? outcome.answer?.policyDocument?.Statement?.[0]?.Effect === 'Allow';

  // Skipped, and reported so, only where no Node.js package for the Lambda runtime exists (e.g. macOS on arm64).
  it.skipIf('missing' in lambdaNode && lambdaNode.platformUncovered)(
    "has the Lambda runtime's Node.js to run them on",
    () => {
      if ('missing' in lambdaNode) expect.fail(lambdaNode.missing);
      expect(lambdaNode.label).toMatch(new RegExp(`^Node\\.js v${LAMBDA_NODE_MAJOR}\\.`));
    },
  );

  it.each(runtimes)(
    'on $label: allows a valid token on each event shape, refuses it on each once revoked',
    async (runtime) => {
      const { siteId } = await createWorkspaceAndSite(kw.api);
      const issued = (
        await kw.api.post(`/v1/sites/${siteId}/tokens`, { name: 'edge', scopes: { sites: 'write' } })
      ).body;
      const values = { token: issued.token as string, siteId };
      for (const { bundle, fixture } of ADAPTERS) {
        const outcome = await invoke(runtime, bundle, fixture, values);
        expect(allowed(outcome), `${bundle}: ${JSON.stringify(outcome)}`).toBe(true);
        expect(outcome.answer?.context?.tokenId).toBe(issued.id);
      }
      await kw.api.delete(`/v1/sites/${siteId}/tokens/${issued.id}`);
      for (const { bundle, fixture } of ADAPTERS) {
        const outcome = await invoke(runtime, bundle, fixture, values);
        expect(allowed(outcome), `${bundle}: ${JSON.stringify(outcome)}`).toBe(false);
        // REST authorizers answer an unusable token with `Unauthorized` (401); the HTTP API one with a denial.
        if (bundle !== AUTHORIZER_HANDLERS.http) expect(outcome.thrown).toBe('Unauthorized');
      }
    },
    120_000,
  );
});
