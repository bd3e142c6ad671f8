import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { createRuntime } from '../shared/composition/runtime.js';
import { kmsKeyProvider, pepperEncryptionContext } from '../shared/crypto/kms-key-provider.js';
import { bootstrapOwner } from '../shared/services/directory/bootstrap.js';
import { PepperStore } from '../shared/store/pepper-store.js';

/**
 * `npm run bootstrap -- --stack Keyward-prod [--outputs cdk-outputs.json]` after
 * `npx cdk deploy --all --outputs-file cdk-outputs.json`: creates the first pepper (a KMS data key, stored
 * encrypted) and the instance owner, and prints the owner's admin key once. Running it again changes
 * nothing and prints no key.
 */

const { values } = parseArgs({
  options: { stack: { type: 'string' }, outputs: { type: 'string', default: 'cdk-outputs.json' } },
});
if (values.stack === undefined) {
  process.stderr.write('usage: npm run bootstrap -- --stack <stack name> [--outputs cdk-outputs.json]\n');
  process.exit(2);
}
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const outputs = JSON.parse(await readFile(values.outputs, 'utf8'))[values.stack] as
  | Record<string, string>
  | undefined;
if (outputs === undefined) {
  process.stderr.write(`No outputs for stack ${values.stack} in ${values.outputs}.\n`);
  process.exit(2);
}
const tables = {
  tokens: outputs.TokensTableName!,
  directory: outputs.DirectoryTableName!,
  events: outputs.EventsTableName!,
};
const keyId = outputs.PepperKeyArn!;
const kms = new KMSClient({});

const runtime = createRuntime({
  tables,
  keys: (documents) => {
    const store = new PepperStore(documents, tables.directory);
    return kmsKeyProvider({ kms, keyId, encryptedPeppers: () => store.get() });
  },
});
const peppers = new PepperStore(runtime.documents, tables.directory);
if ((await peppers.get()).length === 0) {
  const { CiphertextBlob } = await kms.send(
    new GenerateDataKeyCommand({
      KeyId: keyId,
      KeySpec: 'AES_256',
      EncryptionContext: pepperEncryptionContext(1),
    }),
  );
  await peppers.putFirst({ version: 1, ciphertext: Buffer.from(CiphertextBlob!).toString('base64') });
  process.stdout.write('Created pepper version 1 (a KMS data key, stored encrypted).\n');
}

const result = await bootstrapOwner(runtime);
process.stdout.write(
  result === undefined
    ? 'The instance already has an owner; no key was created.\n'
    : `Owner principal ${result.principal.id} created. Its admin key, shown once:\n\n  ${result.adminKey}\n\n`,
);
runtime.dynamodb.destroy();
