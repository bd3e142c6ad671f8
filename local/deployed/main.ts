import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startDynamoDbLocal } from '../dynamodb-local.js';
import { bootstrapEmulation } from './bootstrap.js';
import { startEmulation } from './emulator.js';
import { synthesizeApp } from './synth.js';

/**
 * `npm run start:deployed [-- --cdk-out cdk.out]`: what `cdk deploy --all` would deploy, served on this
 * machine as AWS runs it (see emulator.ts) — synthesized now unless a cloud assembly is given — and
 * bootstrapped with `npm run bootstrap` on its outputs file. Until Ctrl-C.
 */

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const fail = (message: string): never => {
  process.stderr.write(`start:deployed: ${message.split('\n')[0]}\n`);
  process.exit(1);
};

const { values } = (() => {
  try {
    return parseArgs({ options: { 'cdk-out': { type: 'string' }, stack: { type: 'string' } } });
  } catch (error) {
    return fail(
      `${(error as Error).message} (usage: npm run start:deployed -- [--cdk-out <dir>] [--stack <name>])`,
    );
  }
})();
const home = resolve(process.env.KEYWARD_HOME ?? '.keyward', 'deployed');
await mkdir(home, { recursive: true });
const cdkOut = values['cdk-out'] ?? join(home, 'cdk.out');
if (values['cdk-out'] === undefined) {
  process.stdout.write(`Synthesizing the app into ${cdkOut}…\n`);
  await synthesizeApp(cdkOut).catch((error: Error) => fail(`cdk synth failed: ${error.message}`));
}

const dynamo = await startDynamoDbLocal().catch((error: Error) => fail(`DynamoDB Local: ${error.message}`));
const emulation = await startEmulation({ cdkOut, dynamoDbEndpoint: dynamo.endpoint }).catch(
  async (error: Error) => {
    await dynamo.stop();
    return fail(error.message);
  },
);
const stack =
  values.stack ??
  Object.keys(emulation.outputs).find((name) => emulation.outputs[name]!.PepperKeyArn !== undefined);
const outputsFile = join(home, 'cdk-outputs.json');
const bootstrap =
  stack === undefined
    ? undefined
    : await bootstrapEmulation(emulation, stack, outputsFile).catch(() => undefined);

const urls = Object.entries(emulation.outputs).flatMap(([name, outputs]) =>
  Object.entries(outputs)
    .filter(([, value]) => value.startsWith('http://127.0.0.1'))
    .map(([output, value]) => `  ${name}.${output}: ${value}`),
);
const notEmulated = [...emulation.model.notEmulated].map(([type, count]) => `${type} ×${count}`);
process.stdout.write(
  [
    '',
    `The cloud assembly ${cdkOut} is running as deployed (functions under the Lambda runtime's Node.js, IAM enforced):`,
    ...urls,
    `  Outputs file: ${outputsFile}`,
    ...(notEmulated.length === 0 ? [] : [`  Not emulated (no effect here): ${notEmulated.join(', ')}`]),
    '',
    bootstrap?.adminKey === undefined
      ? 'No admin key was created (no Keyward stack, or it had an owner).'
      : `Bootstrap admin key (shown once):\n\n  ${bootstrap.adminKey}\n`,
    'Press Ctrl-C to stop.',
    '',
  ].join('\n'),
);

// Every AWS call a role does not allow is said at once: that is a deploy that would fail in production.
let reported = 0;
setInterval(() => {
  for (const denial of emulation.services.denials.slice(reported))
    process.stderr.write(`IAM denied ${denial.action} on ${denial.resource} to ${denial.caller}\n`);
  reported = emulation.services.denials.length;
}, 500).unref();

const stop = async () => {
  await emulation.close();
  await dynamo.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
