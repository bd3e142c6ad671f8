import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { sampleRoutePolicy } from '../sample-api/routes.js';
import { ConsoleStack } from './stacks/console-stack.js';
import { KeywardRegionStack } from './stacks/keyward-region-stack.js';
import { KeywardStack } from './stacks/keyward-stack.js';
import { SampleApiStack } from './stacks/sample-api-stack.js';

/**
 * `npx cdk synth|deploy --all`. Context: `stage` (dev; `prod` retains tables), `logLevel`, `sweepSchedule`,
 * `touchIntervalSeconds`, `mailFrom` (the sender of expiry emails), `sampleApi` and `console` (false to leave
 * either out), `changeFeedReplicas`, and `replicaRegions` (comma-separated: global-table replicas, each with a
 * KeywardRegionStack and, unless left out, the sample API) with `region` (the deployment's own, else the CLI's),
 * `standbyManagement=true` (a standby management API in each replica region) and `activeRegion` (a failover:
 * the region whose sweeper and webhook dispatcher run).
 * The console is built first (cdk.json's `build` runs `npm run build:console`).
 */
const app = new App();
const context = (name: string) => app.node.tryGetContext(name) as string | undefined;
const stage = context('stage') ?? 'dev';
const env = {
  account: process.env.CDK_DEFAULT_ACCOUNT,
  region: context('region') ?? process.env.CDK_DEFAULT_REGION,
};
const replicaRegions = (context('replicaRegions') ?? '')
  .split(',')
  .map((region) => region.trim())
  .filter(Boolean);
// Failover: the region whose sweeper and webhook dispatcher run (the deployment's own unless named), and
// standby management APIs in the replica regions (`standbyManagement=true`, or any `activeRegion`).
const activeRegion = context('activeRegion');
const standbyManagement = context('standbyManagement') === 'true' || activeRegion !== undefined;

const sampleApi = context('sampleApi') !== 'false';
const keyward = new KeywardStack(app, `Keyward-${stage}`, {
  env,
  stage,
  // The sample Data API is the protected API that `POST /v1/verify` answers for, when it is deployed.
  ...(sampleApi ? { routePolicy: sampleRoutePolicy } : {}),
  logLevel: context('logLevel'),
  sweepSchedule: context('sweepSchedule'),
  mailFrom: context('mailFrom'),
  ...(context('touchIntervalSeconds') === undefined
    ? {}
    : { touchIntervalSeconds: Number(context('touchIntervalSeconds')) }),
  ...(context('changeFeedReplicas') === undefined
    ? {}
    : { changeFeedReplicas: Number(context('changeFeedReplicas')) }),
  replicaRegions,
  schedulesEnabled: activeRegion === undefined || activeRegion === env.region,
});
if (sampleApi) {
  new SampleApiStack(app, `KeywardSampleApi-${stage}`, {
    env,
    tables: keyward.tables,
    pepperKey: keyward.pepperKey,
    logLevel: context('logLevel'),
    changeFeedReplicas: keyward.changeFeedReplicas,
  });
}
for (const region of replicaRegions) {
  const regional = new KeywardRegionStack(app, `KeywardRegion-${stage}-${region}`, {
    env: { ...env, region },
    keyward,
    ...(standbyManagement ? { management: activeRegion === region ? 'active' : 'standby' } : {}),
    ...(sampleApi ? { routePolicy: sampleRoutePolicy } : {}),
    logLevel: context('logLevel'),
    mailFrom: context('mailFrom'),
  });
  if (sampleApi) {
    new SampleApiStack(app, `KeywardSampleApi-${stage}-${region}`, {
      env: { ...env, region },
      ...regional.regional,
      logLevel: context('logLevel'),
    });
  }
}
if (context('console') !== 'false') {
  new ConsoleStack(app, `KeywardConsole-${stage}`, {
    env,
    apiUrl: keyward.api.apiEndpoint,
    assetPath: 'console/dist',
  });
}
if (context('nag') !== 'false') Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
