import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startEmulation } from '../../local/deployed/emulator.js';
import { sampleRoutePolicy } from '../../sample-api/routes.js';
import { apiClient } from '../support/api-client.js';
import { KEYWARD_STACK, startDeployedKeyward } from '../support/deployed.js';
import { createWorkspaceAndSite, type E2eKeyward, startE2eKeyward } from '../support/e2e.js';
import { functionEnvironmentOf } from '../support/local-keyward.js';

const run = promisify(execFile);
const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'scratch-app');

/**
 * Keyward as another project installs it: `npm pack`, a scratch app that depends on the tarball (installed
 * from the npm cache), then plain `node` — no TypeScript, no esbuild, no Docker — synthesizing a stack with
 * TokenAuthorizers, serving it beside an emulated Keyward deployment, and running a Hono service guarded by
 * `keyward/verifier` against DynamoDB Local.
 */
describe('E2E: Keyward installed as a package', { timeout: 120_000 }, () => {
  let kw: E2eKeyward;
  let scratch: string;
  let tarball: { path: string; bytes: number; files: number };
  const node = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    run(process.execPath, args, { cwd: scratch, env: { ...process.env, ...env }, timeout: 120_000 });

  beforeAll(async () => {
    kw = await startE2eKeyward({ dynamoDbEndpoint: inject('deployedDynamoDbEndpoint') });
    scratch = await mkdtemp(join(tmpdir(), 'keyward-scratch-'));
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', scratch], {
      timeout: 180_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    const [packed] = JSON.parse(stdout.slice(stdout.indexOf('['))) as {
      filename: string;
      entryCount: number;
    }[];
    const path = join(scratch, packed!.filename);
    tarball = { path, bytes: (await stat(path)).size, files: packed!.entryCount };
    const own = JSON.parse(await readFile('package.json', 'utf8'));
    await writeFile(
      join(scratch, 'package.json'),
      JSON.stringify({
        name: 'shop',
        private: true,
        type: 'module',
        dependencies: {
          keyward: `file:${path}`,
          'aws-cdk-lib': own.devDependencies['aws-cdk-lib'],
          constructs: own.devDependencies.constructs,
          hono: own.devDependencies.hono,
        },
      }),
    );
    await cp(FIXTURES, scratch, { recursive: true });
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: scratch,
      timeout: 240_000,
    });
  }, 420_000);
  afterAll(async () => {
    await kw?.stop();
    if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
  });

  it('packs dist, the CLI, README, CHANGELOG and LICENSE only, and installs without a build toolchain', async () => {
    const { stdout } = await run('tar', ['tzf', tarball.path]);
    const tops = new Set(
      stdout
        .split('\n')
        .filter(Boolean)
        .map((entry) => entry.split('/')[1]),
    );
    expect([...tops].sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'bin', 'dist', 'package.json']);
    expect(stdout).not.toMatch(/\.test\.|\.keyward|screenshots|\.ts\n(?<!\.d\.ts\n)/);
    for (const tool of ['typescript', 'esbuild', 'tsx']) {
      await expect(stat(join(scratch, 'node_modules', tool))).rejects.toThrow();
    }
    console.log(`package: ${tarball.bytes} bytes, ${tarball.files} files`);
  });

  it('imports every export with plain node, and runs the CLI', async () => {
    const script = `
      const cdk = await import('keyward/cdk');
      const verifier = await import('keyward/verifier');
      const client = await import('keyward/client');
      console.log(JSON.stringify([Object.keys(cdk).sort(), Object.keys(verifier).sort(), Object.keys(client).sort()]));`;
    const { stdout } = await node(['--input-type=module', '-e', script]);
    const [cdk, verifier, client] = JSON.parse(stdout) as string[][];
    expect(cdk).toEqual([
      'KeywardFunction',
      'KeywardStack',
      'KeywardTables',
      'KeywardToken',
      'TokenAuthorizer',
      'existingKeyward',
    ]);
    expect(verifier).toEqual(
      expect.arrayContaining([
        'createVerifier',
        'verifierFromEnvironment',
        'honoGuard',
        'expressGuard',
        'guardNodeRequest',
      ]),
    );
    expect(client).toEqual(expect.arrayContaining(['createKeywardClient', 'KeywardApiError']));
    const help = await node([join(scratch, 'node_modules', 'keyward', 'bin', 'keyward.mjs'), '--help']);
    expect(help.stdout).toContain('tokens');
  });

  /** The scratch app synthesized into `outdir`, pointed at the Keyward deployment `deployment` names. */
  const synthesizeScratchApp = async (
    outdir: string,
    deployment: { tableNames: Record<string, string>; pepperKeyArn: string; siteId: string },
  ) => {
    const policyFile = join(scratch, 'route-policy.json');
    await writeFile(policyFile, JSON.stringify(sampleRoutePolicy));
    const deploymentFile = `${outdir}.deployment.json`;
    await writeFile(deploymentFile, JSON.stringify(deployment));
    await node(['synth.mjs', outdir, policyFile, deploymentFile]);
  };

  it('synthesizes REST APIs (REQUEST, TOKEN) and an HTTP API behind TokenAuthorizer with the shipped functions, bundling nothing', async () => {
    const tableNames = { tokens: 'shop-kw-tokens', directory: 'shop-kw-directory', events: 'shop-kw-events' };
    const pepperKeyArn = 'arn:aws:kms:eu-west-1:123456789012:key/00000000-1111-2222-3333-444444444444';
    const outdir = join(scratch, 'cdk.out');
    await synthesizeScratchApp(outdir, { tableNames, pepperKeyArn, siteId: '65a1f0c2e4b0a1b2c3d4e5f6' });
    const template = JSON.parse(await readFile(join(outdir, 'Shop.template.json'), 'utf8'));
    const resources = Object.values(template.Resources) as {
      Type: string;
      Properties: Record<string, any>;
    }[];
    const functions = resources.filter((resource) => resource.Type === 'AWS::Lambda::Function');
    expect(functions.map((fn) => [fn.Properties.Handler, fn.Properties.Runtime]).sort()).toEqual([
      ['functions/authorizer/http-api.handler', 'nodejs22.x'],
      ['functions/authorizer/rest-request.handler', 'nodejs22.x'],
      ['functions/authorizer/rest-token.handler', 'nodejs22.x'],
      ['functions/declared-tokens/resource.handler', 'nodejs22.x'],
      ['functions/declared-tokens/rotate.handler', 'nodejs22.x'],
      ['index.handler', 'nodejs22.x'],
    ]);
    // The token is declared with its rotation, and the template holds no value of it.
    expect(resources.filter((resource) => resource.Type === 'Custom::KeywardToken')).toHaveLength(1);
    expect(
      resources.find((resource) => resource.Type === 'AWS::SecretsManager::RotationSchedule')?.Properties
        .RotationRules,
    ).toEqual({ AutomaticallyAfterDays: 30 });
    expect(JSON.stringify(template)).not.toMatch(/kw[swdca]_[0-9a-f]{24}_/);
    const authorizers = functions.filter((fn) => fn.Properties.Handler.startsWith('functions/authorizer/'));
    for (const fn of authorizers) {
      // The route policy is a file of the function's own asset: Lambda's 4 KB environment cannot hold it.
      const asset = join(outdir, `asset.${String(fn.Properties.Code.S3Key).replace('.zip', '')}`);
      const policyFile = fn.Properties.Environment.Variables.KEYWARD_ROUTE_POLICY_FILE;
      expect(JSON.parse(await readFile(join(asset, policyFile), 'utf8'))).toEqual(sampleRoutePolicy);
      expect(fn.Properties.Environment.Variables.KEYWARD_ROUTE_POLICY).toBeUndefined();
      // The handler's entry, and the chunks it shares with the other functions, are in the shipped asset.
      const handlerFile = `${fn.Properties.Handler.replace('.handler', '')}.mjs`;
      expect((await stat(join(asset, handlerFile))).isFile()).toBe(true);
      expect((await readdir(join(asset, 'chunks'))).length).toBeGreaterThan(0);
    }
    const roleOf = (fn: { Properties: Record<string, any> }) => fn.Properties.Role['Fn::GetAtt'][0] as string;
    const authorizerRoles = new Set(authorizers.map(roleOf));
    const policies = resources.filter((resource) => resource.Type === 'AWS::IAM::Policy');
    const statementsOf = (of: typeof policies) =>
      of.flatMap((policy) => policy.Properties.PolicyDocument.Statement as { Action: string | string[] }[]);
    const statements = statementsOf(policies);
    const actions = new Set(statements.flatMap((statement) => [statement.Action].flat()));
    expect(actions).toContain('dynamodb:GetItem');
    expect(actions).toContain('kms:Decrypt');
    for (const action of actions) expect(action).not.toMatch(/\*$|dynamodb:(Scan|DeleteTable)/);
    // Authorizers never delete; the declared token's functions delete API and project tokens, as their DELETE does.
    const authorizerStatements = statementsOf(
      policies.filter((policy) =>
        (policy.Properties.Roles as { Ref: string }[]).some((role) => authorizerRoles.has(role.Ref)),
      ),
    );
    expect(JSON.stringify(authorizerStatements)).not.toContain('dynamodb:DeleteItem');
    // The roles reach the deployment the app was pointed at, and no other.
    const granted = JSON.stringify(statements);
    for (const name of Object.values(tableNames)) expect(granted).toContain(`table/${name}`);
    expect(granted).toContain(pepperKeyArn);
    expect(granted).not.toContain('keyward-tokens');
    const restAuthorizers = resources.filter((resource) => resource.Type === 'AWS::ApiGateway::Authorizer');
    expect(restAuthorizers.map((authorizer) => authorizer.Properties.Type).sort()).toEqual([
      'REQUEST',
      'TOKEN',
    ]);
    expect(resources.filter((resource) => resource.Type === 'AWS::ApiGatewayV2::Authorizer')).toHaveLength(1);
    // Each REST API answers an unusable token 401, a refusal 403 with its code, and a failed verification 503.
    expect(
      resources
        .filter((resource) => resource.Type === 'AWS::ApiGateway::GatewayResponse')
        .map((response) => `${response.Properties.ResponseType} ${response.Properties.StatusCode}`)
        .sort(),
    ).toEqual(
      ['ACCESS_DENIED 403', 'AUTHORIZER_FAILURE 503', 'UNAUTHORIZED 401'].flatMap((entry) => [entry, entry]),
    );
  });

  it('deploys beside a Keyward: its declared token is minted into its secret, opens its REQUEST, TOKEN and HTTP API authorizers, rotates, and is refused once revoked', async () => {
    const keyward = await startDeployedKeyward();
    try {
      const outputs = keyward.emulation.outputs[KEYWARD_STACK]!;
      const { siteId } = await createWorkspaceAndSite(keyward.api);
      const outdir = join(scratch, 'cdk.out.beside');
      await synthesizeScratchApp(outdir, {
        tableNames: {
          tokens: outputs.TokensTableName!,
          directory: outputs.DirectoryTableName!,
          events: outputs.EventsTableName!,
        },
        pepperKeyArn: outputs.PepperKeyArn!,
        siteId,
      });
      const shop = await startEmulation({
        cdkOut: outdir,
        dynamoDbEndpoint: inject('deployedDynamoDbEndpoint'),
        schedules: false,
        alongside: keyward.emulation,
      });
      try {
        const { SitesUrl, SitesByTokenUrl, SitesHttpUrl, ShopTokenSecretArn } = shop.outputs.Shop!;
        const secrets = shop.services.secretsManager;
        const minted = secrets.currentValue(ShopTokenSecretArn!)!;
        const tokenId = minted.split('_')[1]!;
        const apis = [SitesUrl!, SitesByTokenUrl!, SitesHttpUrl!].map((url) => url.replace(/\/$/, ''));
        const path = `/v2/sites/${siteId}`;
        for (const url of apis) {
          const allowed = await apiClient(url, minted).get(path);
          expect(allowed.status, url).toBe(200);
          // The backend saw the token the authorizer let in, through the context it passed.
          expect(allowed.body).toEqual({ code: 'OK', tokenId });
          expect((await apiClient(url).get(path)).status, url).toBe(401);
        }
        // A rotation: readers of the secret get a new value, which every warm authorizer accepts at once.
        expect((await secrets.rotate(ShopTokenSecretArn!)).ok).toBe(true);
        const rotated = secrets.currentValue(ShopTokenSecretArn!)!;
        expect(rotated).not.toBe(minted);
        for (const url of apis) expect((await apiClient(url, rotated).get(path)).status, url).toBe(200);
        expect((await keyward.api.delete(`/v1/sites/${siteId}/tokens/${tokenId}`)).status).toBe(200);
        // Each warm authorizer refuses the revoked token within the revocation bound (1 s).
        for (const url of apis)
          await expect
            .poll(async () => (await apiClient(url, rotated).get(path)).status, { timeout: 3_000 })
            .toBeOneOf([401, 403]);
        const logs = shop.host.logs.map(({ line }) => line).join('\n');
        for (const value of [minted, rotated])
          expect(logs.includes(value), 'a token value in a log').toBe(false);
      } finally {
        await shop.close();
      }
    } finally {
      // Fails the test if any role of either app was refused an AWS call (the services are shared).
      await keyward.stop();
    }
  });

  it('guards a Hono service with keyward/verifier against DynamoDB Local: allowed, wrong scope, revoked', async () => {
    const { siteId } = await createWorkspaceAndSite(kw.api);
    const issued = (
      await kw.api.post(`/v1/sites/${siteId}/tokens`, { name: 'shop', scopes: { sites: 'read' } })
    ).body;
    const env = functionEnvironmentOf(kw);
    const answers = async () => JSON.parse((await node(['service.mjs', issued.token, siteId], env)).stdout);
    expect(await answers()).toEqual([
      [200, 'OK'],
      [403, 'INSUFFICIENT_SCOPE'],
    ]);
    await kw.api.delete(`/v1/sites/${siteId}/tokens/${issued.id}`);
    expect(await answers()).toEqual([
      [401, 'REVOKED'],
      [401, 'REVOKED'],
    ]);
  });
});
