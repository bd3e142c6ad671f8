import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { type ExtensionsApi, startExtensionsApi } from './extensions-api.js';
import type { FunctionModel } from './model.js';

/**
 * Lambda's execution environments on this machine: each function's own code directory from the cloud
 * assembly, under the Lambda runtime's Node.js, with its template environment; extensions from its layers
 * started first as Lambda starts them; one invocation at a time per instance, the instance frozen (SIGSTOP)
 * between invocations as Lambda freezes it, so a timer does not run while no request is in; new instances
 * when all are busy; and shutdown as Lambda does it — SIGTERM to the runtime only when an extension is
 * registered, SIGKILL after the grace time.
 */

const BOOTSTRAP = join(dirname(fileURLToPath(import.meta.url)), 'runtime', 'bootstrap.mjs');
/** What Lambda gives the runtime to end after SIGTERM when external extensions are registered. */
const RUNTIME_SHUTDOWN_MS = 300;
const INIT_TIMEOUT_MS = 10_000;

/** A failed invocation, as Lambda reports it. */
export interface InvocationError {
  readonly errorType: string;
  readonly errorMessage: string;
}

export type InvocationResult =
  | { readonly ok: true; readonly result: unknown }
  | { readonly ok: false; readonly error: InvocationError };

export interface LogLine {
  readonly functionName: string;
  readonly line: string;
}

export interface LambdaHostOptions {
  /** The Lambda runtime's `node` (tools/lambda-node). */
  readonly node: string;
  readonly region: string;
  /** What a function's instances see beyond its template environment and Lambda's own variables. */
  readonly environmentOf: (fn: FunctionModel) => Record<string, string>;
}

type Message =
  | { type: 'ready' }
  | { type: 'init-error'; error: InvocationError }
  | { type: 'result'; id: string; result: unknown }
  | { type: 'error'; id: string; error: InvocationError };
/** The runtime's answer to one invocation. */
type Reply = Extract<Message, { id: string }>;

/** One execution environment: the runtime process, its extensions and its Extensions API. */
class Instance {
  public busy = false;
  public lastUsed = 0;
  public gone = false;
  readonly #waiting = new Map<string, (reply: Reply) => void>();

  private constructor(
    public readonly fn: FunctionModel,
    private readonly runtime: ChildProcess,
    private readonly extensions: readonly ChildProcess[],
    private readonly api: ExtensionsApi,
  ) {
    runtime.on('message', (message: Message) => {
      if ('id' in message) this.#waiting.get(message.id)?.(message);
    });
    runtime.on('exit', () => {
      this.gone = true;
      for (const resolve of this.#waiting.values())
        resolve({
          type: 'error',
          id: '',
          error: {
            errorType: 'Runtime.ExitError',
            errorMessage: 'Runtime exited without providing a reason',
          },
        });
    });
  }

  public static async start(
    fn: FunctionModel,
    options: LambdaHostOptions,
    log: (line: string) => void,
  ): Promise<Instance> {
    if (!('directory' in fn.code)) throw new Error(`${fn.name}: inline code is not emulated`);
    const api = await startExtensionsApi();
    const environment: Record<string, string> = {
      PATH: `${dirname(options.node)}:/usr/local/bin:/usr/bin:/bin`,
      LANG: 'en_US.UTF-8',
      TZ: ':UTC',
      ...fn.environment,
      ...options.environmentOf(fn),
      AWS_REGION: options.region,
      AWS_DEFAULT_REGION: options.region,
      AWS_EXECUTION_ENV: `AWS_Lambda_${fn.runtime}`,
      AWS_LAMBDA_FUNCTION_NAME: fn.name,
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMb),
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_RUNTIME_API: api.address,
      LAMBDA_TASK_ROOT: fn.code.directory,
      _HANDLER: fn.handler,
    };
    const pipe = (child: ChildProcess) => {
      for (const stream of [child.stdout, child.stderr]) {
        let rest = '';
        stream?.setEncoding('utf8');
        stream?.on('data', (chunk: string) => {
          const lines = (rest + chunk).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) if (line.trim() !== '') log(line);
        });
      }
      return child;
    };
    // Extensions first, each an executable of a layer's `extensions/`, as Lambda starts them.
    const extensions = fn.layers
      .map((layer) => join(layer, 'extensions'))
      .filter((directory) => existsSync(directory))
      .flatMap((directory) => readdirSync(directory).map((name) => join(directory, name)))
      .map((file) =>
        pipe(spawn(file, [], { env: environment, cwd: dirname(file), stdio: ['ignore', 'pipe', 'pipe'] })),
      );
    await api.waitForExtensions(extensions.length, INIT_TIMEOUT_MS);
    const runtime = pipe(
      spawn(options.node, [BOOTSTRAP], {
        env: environment,
        cwd: fn.code.directory,
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      }),
    );
    const ready = await new Promise<Message>((resolve) => {
      runtime.once('message', resolve);
      runtime.once('exit', (code) =>
        resolve({
          type: 'init-error',
          error: { errorType: 'Runtime.ExitError', errorMessage: `Runtime exited with ${code} during init` },
        }),
      );
    });
    const instance = new Instance(fn, runtime, extensions, api);
    if (ready.type === 'init-error') {
      await instance.kill();
      throw new Error(`${fn.name}: ${ready.error.errorType}: ${ready.error.errorMessage}`);
    }
    instance.#freeze();
    return instance;
  }

  public async invoke(event: unknown): Promise<InvocationResult> {
    const id = randomUUID();
    const timeoutMs = this.fn.timeoutSeconds * 1_000;
    this.#thaw();
    const reply = new Promise<Reply>((resolve) => this.#waiting.set(id, resolve));
    this.runtime.send({
      id,
      event,
      context: {
        awsRequestId: id,
        functionName: this.fn.name,
        functionVersion: '$LATEST',
        invokedFunctionArn: this.fn.arn,
        memoryLimitInMB: String(this.fn.memoryMb),
        logGroupName: `/aws/lambda/${this.fn.name}`,
        logStreamName: `local/${this.runtime.pid}`,
        remainingMs: timeoutMs,
      },
    });
    const timedOut = sleep(timeoutMs, 'timeout' as const, { ref: false });
    const outcome = await Promise.race([reply, timedOut]);
    this.#waiting.delete(id);
    if (outcome === 'timeout') {
      await this.kill();
      const errorMessage = `Task timed out after ${this.fn.timeoutSeconds.toFixed(2)} seconds`;
      return { ok: false, error: { errorType: 'Sandbox.Timedout', errorMessage } };
    }
    this.#freeze();
    if (outcome.type === 'result') return { ok: true, result: outcome.result };
    return { ok: false, error: outcome.error };
  }

  /** Lambda's shutdown: SIGTERM and SHUTDOWN when an extension is registered, then SIGKILL. */
  public async shutdown(): Promise<void> {
    if (this.gone) return this.kill();
    if (this.api.registered > 0) {
      this.#thaw();
      const exited = new Promise((resolve) => this.runtime.once('exit', resolve));
      this.runtime.kill('SIGTERM');
      this.api.shutdown();
      await Promise.race([exited, sleep(RUNTIME_SHUTDOWN_MS)]);
    }
    await this.kill();
  }

  public async kill(): Promise<void> {
    this.gone = true;
    for (const child of [this.runtime, ...this.extensions]) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    await this.api.close();
  }

  #freeze(): void {
    if (!this.gone) this.runtime.kill('SIGSTOP');
  }

  #thaw(): void {
    if (!this.gone) this.runtime.kill('SIGCONT');
  }
}

export class LambdaHost {
  readonly #instances = new Map<string, Instance[]>();
  readonly #logs: LogLine[] = [];
  /** Set by close(): an instance whose start was under way then is killed as soon as it is up. */
  #closed = false;

  public constructor(
    private readonly functions: ReadonlyMap<string, FunctionModel>,
    private readonly options: LambdaHostOptions,
  ) {}

  /** Every line the functions wrote, in order. */
  public get logs(): readonly LogLine[] {
    return this.#logs;
  }

  public functionOf(arn: string): FunctionModel {
    const fn = this.functions.get(arn);
    if (fn === undefined) throw new Error(`No function ${arn} in the deployment`);
    return fn;
  }

  /** Warm instances of a function now running. */
  public instancesOf(arn: string): number {
    return (this.#instances.get(arn) ?? []).filter((instance) => !instance.gone).length;
  }

  /** Starts instances until `count` are warm (Lambda's provisioned concurrency). */
  public async provision(arn: string, count: number): Promise<void> {
    while (this.instancesOf(arn) < count) {
      const instance = await this.#start(arn);
      this.#pool(arn).push(instance);
    }
  }

  /**
   * Runs one invocation on an idle instance — the one idle longest, so warm instances take turns — or on a
   * new one when all are busy.
   */
  public async invoke(arn: string, event: unknown): Promise<InvocationResult> {
    const idle = this.#pool(arn).filter((instance) => !instance.busy && !instance.gone);
    let instance = idle.sort((a, b) => a.lastUsed - b.lastUsed)[0];
    if (instance === undefined) {
      instance = await this.#start(arn);
      this.#pool(arn).push(instance);
    }
    instance.busy = true;
    try {
      return await instance.invoke(event);
    } finally {
      instance.busy = false;
      instance.lastUsed = performance.now();
    }
  }

  /** Recycles a function's instances (or every function's) as Lambda does: SIGTERM first when it may. */
  public async recycle(arn?: string): Promise<void> {
    const arns = arn === undefined ? [...this.#instances.keys()] : [arn];
    await Promise.all(
      arns.flatMap((key) => {
        const pool = this.#instances.get(key) ?? [];
        this.#instances.set(key, []);
        return pool.map((instance) => instance.shutdown());
      }),
    );
  }

  /** Ends everything at once (SIGKILL), as a test's teardown must. */
  public async close(): Promise<void> {
    this.#closed = true;
    const all = [...this.#instances.values()].flat();
    this.#instances.clear();
    await Promise.all(all.map((instance) => instance.kill()));
  }

  /** A function's live instances: one array per function, pruned in place, so no instance is ever lost. */
  #pool(arn: string): Instance[] {
    let pool = this.#instances.get(arn);
    if (pool === undefined) {
      pool = [];
      this.#instances.set(arn, pool);
    }
    for (let i = pool.length - 1; i >= 0; i -= 1) if (pool[i]!.gone) pool.splice(i, 1);
    return pool;
  }

  async #start(arn: string): Promise<Instance> {
    const fn = this.functionOf(arn);
    const instance = await Instance.start(fn, this.options, (line) =>
      this.#logs.push({ functionName: fn.name, line }),
    );
    if (this.#closed) {
      await instance.kill();
      throw new Error(`${fn.name}: the emulation was closed while an instance started`);
    }
    return instance;
  }
}
