import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, JAVA_MISSING } from '../../local/dynamodb-local.js';

interface Started {
  readonly child: ChildProcess;
  readonly output: () => string;
}

/** `npm start`'s entry point as a child process, with its own home and ports. */
const start = (env: Record<string, string>): Promise<Started> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'local/main.ts'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no banner within 60 s:\n${output}`)), 60_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });

const stopWithCtrlC = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Process ids of java processes whose command line names this DynamoDB Local port. */
const javaPidsOnPort = async (port: number): Promise<number[]> => {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile('pgrep', ['-f', `DynamoDBLocal.jar.*-port ${port}`], (_, stdout) =>
      resolve(stdout.trim().split('\n').filter(Boolean).map(Number)),
    );
  });
};

describe('E2E: npm start', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('prints the URL and a bootstrap key once, serves the API, persists, and stops DynamoDB Local on Ctrl-C', async () => {
    // Prepare
    const home = await mkdtemp(join(tmpdir(), 'keyward-start-'));
    const env = {
      KEYWARD_HOME: home,
      PORT: String(await freePort()),
      KEYWARD_DYNAMODB_PORT: String(await freePort()),
      LOG_LEVEL: 'WARN',
    };
    cleanups.push(() => rm(home, { recursive: true, force: true }));

    // Act: first start
    const first = await start(env);
    cleanups.push(async () => void first.child.kill('SIGKILL'));
    const url = /Keyward is running at (http:\/\/\S+)/.exec(first.output())![1]!;
    const key = /^\s+(kwa_\S+)$/m.exec(first.output())?.[1];

    // Assess: the key is printed, saved 0600, and works
    expect(key).toMatch(/^kwa_/);
    const keyFile = join(home, 'bootstrap-admin-key');
    expect((await readFile(keyFile, 'utf8')).trim()).toBe(key);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect((await stat(join(home, 'keys.json'))).mode & 0o777).toBe(0o600);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const me = await fetch(`${url}/v1/principals/me`, { headers: { authorization: `Bearer ${key}` } });
    expect(await me.json()).toMatchObject({ instanceRole: 'owner' });
    const created = await fetch(`${url}/v1/workspaces`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'persisted' }),
    });
    expect(created.status).toBe(201);

    const javaPids = await javaPidsOnPort(Number(env.KEYWARD_DYNAMODB_PORT));
    expect(javaPids).toHaveLength(1);
    expect(await stopWithCtrlC(first.child)).toBe(0);
    expect(isRunning(javaPids[0]!)).toBe(false);

    // Act: second start on the same home
    const second = await start(env);
    cleanups.push(async () => void second.child.kill('SIGKILL'));

    // Assess: no new key is printed, data persisted
    expect(second.output()).not.toMatch(/kwa_[0-9a-f]{24}_/);
    expect(second.output()).toContain('saved in');
    const workspaces = await fetch(`${url}/v1/workspaces`, { headers: { authorization: `Bearer ${key}` } });
    expect(
      ((await workspaces.json()) as { items: { name: string }[] }).items.map((w: { name: string }) => w.name),
    ).toEqual(['persisted']);
    expect(await stopWithCtrlC(second.child)).toBe(0);
  }, 120_000);

  it('says in one line how to install Java when there is none on the PATH', async () => {
    const home = await mkdtemp(join(tmpdir(), 'keyward-nojava-'));
    try {
      const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'local/main.ts'], {
          // Node itself is run by absolute path; the PATH is an empty directory, so it holds no java.
          env: { ...process.env, PATH: home, KEYWARD_HOME: home, PORT: '0' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
        });
        child.once('exit', (exitCode) => resolve({ code: exitCode, stderr }));
      });
      expect(code).toBe(1);
      const lines = stderr.trim().split('\n');
      expect(lines.at(-1)).toBe(`Keyward could not start: ${JAVA_MISSING}`);
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  }, 60_000);
});
