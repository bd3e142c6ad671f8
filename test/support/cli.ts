import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const CLI = resolve('bin/keyward.mjs');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the `keyward` CLI as a child process, with `input` on stdin and an environment of its own. */
export const runCli = (
  args: readonly string[],
  options: { readonly env?: NodeJS.ProcessEnv; readonly input?: string } = {},
): Promise<CliResult> => runProcess(process.execPath, [CLI, ...args], options);

export const runProcess = (
  command: string,
  args: readonly string[],
  options: { readonly env?: NodeJS.ProcessEnv; readonly input?: string } = {},
): Promise<CliResult> =>
  new Promise((done, fail) => {
    const child = spawn(command, [...args], { env: options.env ?? process.env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
