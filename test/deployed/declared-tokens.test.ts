import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Emulation, startEmulation } from '../../local/deployed/emulator.js';
import type { CustomResourceModel } from '../../local/deployed/model.js';
import { ROTATION_SETTLE_MS } from '../../shared/domain/rotation.js';
import { type DeployedKeyward, KEYWARD_STACK, startDeployedKeyward } from '../support/deployed.js';
import { createProjectWithContent, createWorkspaceAndSite } from '../support/e2e.js';

const run = promisify(execFile);
const APP = join(process.cwd(), 'test', 'fixtures', 'declared-tokens', 'app.ts');
const TOKEN_SHAPE = /kw[swdca]_[0-9a-f]{24}_[0-9A-Za-z]{38}/;

/**
 * Tokens declared in another service's CDK app (`KeywardToken`), deployed beside a Keyward deployment: the
 * custom resource's and the rotation's functions run from their own assets with their own roles, against
 * DynamoDB Local and the stand-in Secrets Manager. Every AWS call is checked against those roles.
 */
describe('Deployed: tokens declared with KeywardToken', { timeout: 120_000 }, () => {
  let kw: DeployedKeyward;
  let orders: Emulation;
  let workdir: string;
  let workspaceId: string;
  let siteId: string;
  let projectId: string;

  const resource = (logicalIdPart: string): CustomResourceModel =>
    orders.model.customResources.find((candidate) => candidate.logicalId.includes(logicalIdPart))!;
  const secretOf = (logicalIdPart: string) =>
    orders.model.secrets.find((secret) => secret.logicalId.includes(logicalIdPart))!.arn;
  const secretValueOf = (logicalIdPart: string) =>
    orders.services.secretsManager.currentValue(secretOf(logicalIdPart))!;
  const createdIdOf = (logicalIdPart: string) =>
    orders.cloudFormation.exchanges.find(
      (exchange) => exchange.resource.includes(logicalIdPart) && exchange.request.RequestType === 'Create',
    )!.answer.PhysicalResourceId;
  const siteToken = (tokenId: string) => kw.api.get(`/v1/sites/${siteId}/tokens/${tokenId}`);
  const canReadSite = async (value: string) => (await kw.sample(value).get(`/v2/sites/${siteId}`)).status;

  beforeAll(async () => {
    kw = await startDeployedKeyward();
    ({ workspaceId, siteId } = await createWorkspaceAndSite(kw.api));
    ({ projectId } = await createProjectWithContent(kw.api));
    workdir = await mkdtemp(join(tmpdir(), 'keyward-declared-'));
    const outputs = kw.emulation.outputs[KEYWARD_STACK]!;
    const deployment = join(workdir, 'deployment.json');
    await writeFile(
      deployment,
      JSON.stringify({
        tableNames: {
          tokens: outputs.TokensTableName,
          directory: outputs.DirectoryTableName,
          events: outputs.EventsTableName,
        },
        pepperKeyArn: outputs.PepperKeyArn,
        siteId,
        projectId,
      }),
    );
    const cdkOut = join(workdir, 'cdk.out');
    await run(process.execPath, ['--import', 'tsx', APP, cdkOut, deployment], { timeout: 120_000 });
    // Deploying it creates each KeywardToken: its custom resource mints the token into its secret.
    orders = await startEmulation({
      cdkOut,
      dynamoDbEndpoint: inject('deployedDynamoDbEndpoint'),
      schedules: false,
      alongside: kw.emulation,
    });
  }, 180_000);
  afterAll(async () => {
    try {
      // Every value any secret held, in no log, answer or request of CloudFormation.
      const values = orders.model.secrets.flatMap((secret) =>
        orders.services.secretsManager.values(secret.arn),
      );
      const seen = [
        ...kw.emulation.host.logs.map(({ line }) => line),
        ...(orders?.host.logs.map(({ line }) => line) ?? []),
        ...(orders?.cloudFormation.exchanges.map((exchange) => JSON.stringify(exchange)) ?? []),
      ].join('\n');
      for (const value of values) expect(seen.includes(value), 'a declared token value was seen').toBe(false);
      expect(seen).not.toMatch(TOKEN_SHAPE);
    } finally {
      await orders?.close();
      await kw?.stop();
      if (workdir !== undefined) await rm(workdir, { recursive: true, force: true });
    }
  });

  it('mints each token at deploy into its secret, in the instance owner’s name, answering CloudFormation with its id only', async () => {
    const tokenId = createdIdOf('SiteToken');
    const value = secretValueOf('SiteToken');
    expect(value.startsWith(`kws_${tokenId}_`)).toBe(true);
    expect(await canReadSite(value)).toBe(200);
    const view = await siteToken(tokenId);
    expect(view.body).toMatchObject({ name: 'orders', status: 'active', scopes: { ecommerce: 'write' } });
    const audit = (await kw.api.get(`/v1/workspaces/${workspaceId}/audit-logs`)).body.items;
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: 'token.created',
        target: expect.objectContaining({ id: tokenId }),
        actor: expect.objectContaining({
          keyId: 'cloudformation',
          userAgent: expect.stringContaining('SiteToken'),
        }),
      }),
    );
    const answer = orders.cloudFormation.exchanges.find((exchange) =>
      exchange.resource.includes('SiteToken'),
    )!.answer;
    expect(answer).toEqual({
      Status: 'SUCCESS',
      PhysicalResourceId: tokenId,
      Data: { TokenId: tokenId },
      StackId: expect.any(String),
      RequestId: expect.any(String),
      LogicalResourceId: expect.any(String),
    });
    const apiValue = secretValueOf('ContentToken');
    expect(apiValue.startsWith(`kwc_${createdIdOf('ContentToken')}_`)).toBe(true);
    expect((await kw.sample(apiValue).get('/api/articles')).status).toBe(200);
  });

  it('finds the token its first attempt made when CloudFormation repeats a create', async () => {
    const first = orders.cloudFormation.exchanges.find((exchange) =>
      exchange.resource.includes('SiteToken'),
    )!;
    const before = (await kw.api.get(`/v1/sites/${siteId}/tokens`)).body.items.length;

    const again = await orders.cloudFormation.send(resource('SiteToken'), {
      requestType: 'Create',
      requestId: String(first.request.RequestId),
    });

    expect(again).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: first.answer.PhysicalResourceId });
    expect((await kw.api.get(`/v1/sites/${siteId}/tokens`)).body.items).toHaveLength(before);
    expect(await canReadSite(secretValueOf('SiteToken'))).toBe(200);
  });

  it('rotates the secret in four steps: readers get the new value, the old one works for the grace period', async () => {
    const tokenId = createdIdOf('SiteToken');
    const old = secretValueOf('SiteToken');

    const outcome = await orders.services.secretsManager.rotate(secretOf('SiteToken'));

    expect(outcome).toMatchObject({ ok: true, failures: [] });
    const renewed = secretValueOf('SiteToken');
    expect(renewed).not.toBe(old);
    expect(renewed.startsWith(`kws_${tokenId}_`)).toBe(true);
    expect(await canReadSite(renewed)).toBe(200);
    expect(await canReadSite(old)).toBe(200);
    expect((await siteToken(tokenId)).body.status).toBe('active');
  });

  it('retries a rotation whose step failed from its start, with the same version, and ends with a working value', async () => {
    const old = secretValueOf('SiteToken');
    // Rotations of one token less than a second apart are refused as concurrent: these are a month apart.
    await sleep(ROTATION_SETTLE_MS);
    // The new value cannot be stored once: createSecret fails after Keyward issued it.
    orders.services.secretsManager.failNext('PutSecretValue');

    const outcome = await orders.services.secretsManager.rotate(secretOf('SiteToken'));

    expect(outcome.ok).toBe(true);
    expect(outcome.failures).toEqual([
      { step: 'createSecret', error: expect.stringContaining('Injected failure') },
    ]);
    const renewed = secretValueOf('SiteToken');
    expect(renewed).not.toBe(old);
    expect(await canReadSite(renewed)).toBe(200);
    // The value readers had keeps its own grace through both attempts.
    expect(await canReadSite(old)).toBe(200);
  });

  it('renames and narrows in place, and replaces the token when the declaration widens it', async () => {
    const site = resource('SiteToken');
    const tokenId = createdIdOf('SiteToken');
    const declared = JSON.parse(String(site.properties.Declaration));
    const withToken = (token: object) => ({
      ...site.properties,
      Declaration: JSON.stringify({ ...declared, token: { ...declared.token, ...token } }),
    });

    // Act: a rename and a narrower scope
    const narrowed = withToken({ name: 'orders (read)', scopes: { sites: 'read', ecommerce: 'read' } });
    const inPlace = await orders.cloudFormation.send(site, {
      requestType: 'Update',
      physicalResourceId: tokenId,
      properties: narrowed,
      oldProperties: site.properties,
    });

    // Assess
    expect(inPlace).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: tokenId });
    expect((await siteToken(tokenId)).body).toMatchObject({
      name: 'orders (read)',
      scopes: { ecommerce: 'read' },
      status: 'active',
    });

    // Act: a wider scope again
    const widened = await orders.cloudFormation.send(site, {
      requestType: 'Update',
      physicalResourceId: tokenId,
      properties: withToken({ scopes: { sites: 'read', ecommerce: 'write', cms: 'write' } }),
      oldProperties: narrowed,
    });

    // Assess: a new token in the secret; the old one ends when CloudFormation deletes it after the update
    expect(widened.Status).toBe('SUCCESS');
    expect(widened.PhysicalResourceId).not.toBe(tokenId);
    expect(secretValueOf('SiteToken').startsWith(`kws_${widened.PhysicalResourceId}_`)).toBe(true);
    expect((await siteToken(widened.PhysicalResourceId)).body.scopes).toMatchObject({ cms: 'write' });
    expect((await siteToken(tokenId)).body.status).toBe('active');
    const cleanup = await orders.cloudFormation.send(site, {
      requestType: 'Delete',
      physicalResourceId: tokenId,
      properties: narrowed,
    });
    expect(cleanup.Status).toBe('SUCCESS');
    expect((await siteToken(tokenId)).body.status).toBe('revoked');
    expect(await canReadSite(secretValueOf('SiteToken'))).toBe(200);
  });

  it('ends the token when the declaration goes, and a second delete is done too', async () => {
    const content = resource('ContentToken');
    const tokenId = createdIdOf('ContentToken');
    const value = secretValueOf('ContentToken');

    for (let i = 0; i < 2; i += 1) {
      const answer = await orders.cloudFormation.send(content, {
        requestType: 'Delete',
        physicalResourceId: tokenId,
      });
      expect(answer).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: tokenId });
    }

    // API tokens are deleted (their kind's DELETE), and the value stops working.
    expect((await kw.api.get(`/v1/projects/${projectId}/api-tokens/${tokenId}`)).status).toBe(404);
    // A warm authorizer refuses it within the revocation bound (1 s); the poll allows for a loaded machine.
    await expect
      .poll(async () => (await kw.sample(value).get('/api/articles')).status, { timeout: 5_000 })
      .toBe(401);
  });

  it('acts as the principal a declaration names, with its role: a token manager of the site may mint there', async () => {
    const site = resource('SiteToken');
    const declared = JSON.parse(String(site.properties.Declaration));
    const ci = await kw.api.post('/v1/principals', { name: 'ci' });
    expect(
      (await kw.api.put(`/v1/sites/${siteId}/members/${ci.body.id}`, { role: 'token-manager' })).status,
    ).toBe(200);

    const answer = await orders.cloudFormation.send(site, {
      requestType: 'Create',
      properties: {
        ...site.properties,
        Declaration: JSON.stringify({ ...declared, createdBy: ci.body.id }),
      },
    });

    expect(answer.Status).toBe('SUCCESS');
    expect((await siteToken(answer.PhysicalResourceId)).body).toMatchObject({
      createdBy: ci.body.id,
      status: 'active',
    });
    const ended = await orders.cloudFormation.send(site, {
      requestType: 'Delete',
      physicalResourceId: answer.PhysicalResourceId,
      properties: { ...site.properties, Declaration: JSON.stringify({ ...declared, createdBy: ci.body.id }) },
    });
    expect(ended.Status).toBe('SUCCESS');
    expect((await siteToken(answer.PhysicalResourceId)).body.status).toBe('revoked');
  });

  it('fails a deployment that declares what its principal may not, with Keyward’s reason and no token', async () => {
    const site = resource('SiteToken');
    const declared = JSON.parse(String(site.properties.Declaration));
    const { siteId: otherSite } = await createWorkspaceAndSite(kw.api);
    const stranger = await kw.api.post('/v1/principals', { name: 'ci' });

    const answers = await Promise.all([
      orders.cloudFormation.send(site, {
        requestType: 'Create',
        properties: {
          ...site.properties,
          Declaration: JSON.stringify({ ...declared, ownerId: '0'.repeat(24) }),
        },
      }),
      orders.cloudFormation.send(site, {
        requestType: 'Create',
        properties: {
          ...site.properties,
          Declaration: JSON.stringify({ ...declared, ownerId: otherSite, createdBy: stranger.body.id }),
        },
      }),
    ]);

    expect(answers.map((answer) => [answer.Status, answer.Reason])).toEqual([
      ['FAILED', `Site ${'0'.repeat(24)} was not found.`],
      ['FAILED', `Site ${otherSite} was not found.`],
    ]);
    expect((await kw.api.get(`/v1/sites/${otherSite}/tokens`)).body.items).toEqual([]);
  });
});
