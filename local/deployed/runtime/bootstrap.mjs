// The function side of an emulated Lambda execution environment, run under the Lambda runtime's Node.js:
// it loads the handler `_HANDLER` names from the function's own code directory (LAMBDA_TASK_ROOT), as the
// Node.js runtime does, then answers invocations the host sends over IPC, one at a time.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emulateNetwork } from './network.mjs';

const root = process.env.LAMBDA_TASK_ROOT;
const handlerName = process.env._HANDLER;
const dot = handlerName.lastIndexOf('.');
const [modulePath, exportName] = [handlerName.slice(0, dot), handlerName.slice(dot + 1)];

const errorOf = (error) => ({
  errorType: error?.name ?? 'Error',
  errorMessage: error?.message ?? String(error),
});

emulateNetwork(JSON.parse(process.env.KEYWARD_EMULATED_HOSTS ?? '{}'));

let handler;
try {
  const file = ['.mjs', '.js', '.cjs'].map((ext) => join(root, modulePath + ext)).find(existsSync);
  if (file === undefined) throw new Error(`Cannot find module '${modulePath}' in ${root}`);
  const module = await import(pathToFileURL(file).href);
  handler = module[exportName] ?? module.default?.[exportName];
  if (typeof handler !== 'function') throw new Error(`${handlerName} is undefined or not exported`);
  process.send({ type: 'ready' });
} catch (error) {
  process.send({ type: 'init-error', error: { ...errorOf(error), errorType: 'Runtime.ImportModuleError' } });
}

process.on('message', async ({ id, event, context }) => {
  const deadline = Date.now() + context.remainingMs;
  const lambdaContext = {
    ...context,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  try {
    const result = await handler(event, lambdaContext);
    process.send({ type: 'result', id, result: result === undefined ? null : result });
  } catch (error) {
    process.send({ type: 'error', id, error: errorOf(error) });
  }
});
