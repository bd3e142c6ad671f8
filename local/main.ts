import { ensureConsoleBuilt } from './console-assets.js';
import { localMailOf, startLocalKeyward } from './local-keyward.js';

/** `npm start`: Keyward on this machine, with DynamoDB Local, until Ctrl-C. */

// Lambda runs Node 22; the SDK's notice about its future Node 20 cut-off is noise on a developer machine.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const port = Number(process.env.PORT ?? 3000);
const home = process.env.KEYWARD_HOME ?? '.keyward';
const dynamoDbPort = Number(process.env.KEYWARD_DYNAMODB_PORT ?? 8000);

const sweepIntervalSeconds = Number(process.env.SWEEP_INTERVAL_SECONDS ?? 300);

await ensureConsoleBuilt().catch((error: Error) => {
  // The API runs without the console; say why it is missing.
  console.error(`The console could not be built (${error.message}); /console/ will answer 404.`);
});
const keyward = await startLocalKeyward({ home, port, dynamoDbPort, sweepIntervalSeconds }).catch(
  (error: Error) => {
    console.error(`Keyward could not start: ${error.message}`);
    process.exit(1);
  },
);

const banner = [
  '',
  `Keyward is running at ${keyward.url}`,
  `  Console:         ${keyward.url}/console/`,
  `  API description: ${keyward.url}/openapi.json`,
  `  DynamoDB Local:  ${keyward.dynamoDbEndpoint} (data in ${home}/dynamodb)`,
  `  Email:           expiry warnings as .eml files in ${localMailOf(home).directory}`,
  '',
  ...(keyward.bootstrap === undefined
    ? [`Admin key: created on first start, saved in ${keyward.bootstrapKeyFile}`]
    : [
        `Bootstrap admin key (shown once; also saved, mode 0600, in ${keyward.bootstrapKeyFile}):`,
        '',
        `  ${keyward.bootstrap.adminKey}`,
        '',
        `Try: curl -H "Authorization: Bearer $(cat ${keyward.bootstrapKeyFile})" ${keyward.url}/v1/principals/me`,
      ]),
  '',
  'Press Ctrl-C to stop.',
  '',
];
// The admin key goes to the terminal of the person who started the service, never to the log stream.
process.stdout.write(`${banner.join('\n')}\n`);

let stopping = false;
const stop = async (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${signal}: stopping Keyward and DynamoDB Local…\n`);
  await keyward.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
