import { App } from 'aws-cdk-lib';
import { KeywardStack } from './stacks/keyward-stack.js';

const app = new App();
const stage = (app.node.tryGetContext('stage') as string | undefined) ?? 'dev';

new KeywardStack(app, `Keyward-${stage}`, {
  stage,
  encryptedPeppers: app.node.tryGetContext('encryptedPeppers') as string | undefined,
  logLevel: app.node.tryGetContext('logLevel') as string | undefined,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
