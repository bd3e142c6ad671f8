import { join, resolve } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createRuntime } from '../shared/composition/runtime.js';
import { localFileKeyProvider } from '../shared/crypto/local-file-key-provider.js';
import { createDynamoDbClient } from '../shared/store/client.js';
import { localTableNames } from '../shared/store/tables.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { localMailOf } from './local-keyward.js';

/**
 * `npm run sweep`: one sweeper run against the local data. It uses the DynamoDB Local of a running
 * `npm start` when there is one (two processes must not open the same database file), else starts its own.
 */

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const home = resolve(process.env.KEYWARD_HOME ?? '.keyward');
const port = Number(process.env.KEYWARD_DYNAMODB_PORT ?? 8000);
const endpoint = `http://127.0.0.1:${port}`;

const running = await createDynamoDbClient({ endpoint, maxAttempts: 1, requestTimeoutMs: 1_000 })
  .send(new ListTablesCommand({ Limit: 1 }))
  .then(
    () => true,
    () => false,
  );
const dynamo = running ? undefined : await startDynamoDbLocal({ port, dbPath: join(home, 'dynamodb') });
const runtime = createRuntime({
  tables: localTableNames(),
  keys: localFileKeyProvider(join(home, 'keys.json')),
  store: { endpoint },
  mail: localMailOf(home),
});
try {
  const report = await runtime.sweeper.run();
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
  runtime.dynamodb.destroy();
  await dynamo?.stop();
}
