import type { TestProject } from 'vitest/node';
import { ensureConsoleBuilt } from '../../local/console-assets.js';
import { JAVA_MISSING, javaOnPath, startDynamoDbLocal } from '../../local/dynamodb-local.js';
import { stopOnInterrupt } from './interrupt.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoDbEndpoint: string;
  }
}

/**
 * One in-memory DynamoDB Local for the whole run; every test file works in tables of its own prefix. The
 * console is built here too, once, so files that serve it (the browser tests, `npm start`) never race to
 * build it at the same time.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!(await javaOnPath())) {
    // One line a person can act on, instead of a stack trace from a failed spawn.
    process.stderr.write(`\n${JAVA_MISSING}\n\n`);
    process.exit(1);
  }
  const [dynamo] = await Promise.all([startDynamoDbLocal(), ensureConsoleBuilt()]);
  project.provide('dynamoDbEndpoint', dynamo.endpoint);
  const release = stopOnInterrupt(() => dynamo.stop());
  return async () => {
    release();
    await dynamo.stop();
  };
}
