import { createHash } from 'node:crypto';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, Duration, Stack } from 'aws-cdk-lib';
import {
  Architecture,
  Code,
  type FunctionProps,
  type ILayerVersion,
  Function as LambdaFunction,
  LayerVersion,
  LoggingFormat,
  Runtime,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { enforceFunctionLimits } from '../deploy-limits.js';
import { bundleHandlerSync, PROJECT_ROOT } from '../function-bundle.js';

export { PROJECT_ROOT };

/** The runtime of every Keyward function; its version is `LAMBDA_NODE_MAJOR`, the bundles' target (a test checks). */
export const LAMBDA_RUNTIME = Runtime.NODEJS_22_X;

/**
 * Where the package keeps its prebuilt functions (`dist/assets/lambda/<handler module>.mjs`, code shared
 * between them in chunks), seen from `dist/infra/constructs`. One asset for every function: CDK uploads it once.
 */
const PREBUILT_FUNCTIONS = fileURLToPath(new URL('../../assets/lambda/', import.meta.url));

/**
 * The shutdown extension (infra/extensions/shutdown): in the package beside the prebuilt functions, else in
 * the sources.
 */
const SHUTDOWN_EXTENSION = [
  fileURLToPath(new URL('../../assets/extensions/shutdown/', import.meta.url)),
  join(PROJECT_ROOT, 'infra', 'extensions', 'shutdown'),
].find((directory) => existsSync(directory))!;

/**
 * One layer per stack holding the shutdown extension: Lambda sends SIGTERM to a function's runtime only when
 * an extension is registered, and SIGTERM is when a function flushes its last usage counts.
 */
const shutdownExtension = (scope: Construct): ILayerVersion => {
  const stack = Stack.of(scope);
  const id = 'KeywardShutdownExtension';
  return (
    (stack.node.tryFindChild(id) as ILayerVersion | undefined) ??
    new LayerVersion(stack, id, {
      code: Code.fromAsset(SHUTDOWN_EXTENSION),
      compatibleArchitectures: [Architecture.ARM_64],
      compatibleRuntimes: [LAMBDA_RUNTIME],
      description: 'Registers for SHUTDOWN so the function gets SIGTERM and flushes its usage counts',
    })
  );
};

/** Files written beside a function's code in its own asset, by name. */
export type AssetFiles = Readonly<Record<string, string>>;

export interface KeywardFunctionProps extends Omit<FunctionProps, 'code' | 'handler' | 'runtime'> {
  /** Handler module: its path from the project root without extension, e.g. `functions/tokens/create`. */
  readonly handlerModule: string;
  /**
   * Files beside the code, read once per cold start: data that Lambda's 4 KB environment cannot hold (a
   * route policy of hundreds of routes).
   */
  readonly assetFiles?: AssetFiles;
}

const writeAssetFiles = (outputDir: string, files: AssetFiles): void => {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(outputDir, name), content);
};

/**
 * What makes one bundle differ from another. CDK caches a bundle by its source path and bundling options,
 * and `tryBundle` (a function) is not part of that key: without the handler and the files in it, every
 * function of an app would get the first one's bundle.
 */
const bundleKeyOf = (handlerModule: string, files: AssetFiles): string =>
  createHash('sha256')
    .update(JSON.stringify([handlerModule, Object.entries(files).sort()]))
    .digest('hex');

/** An asset made on this machine by `make` (never in Docker: local bundling always succeeds or throws). */
const localAsset = (source: string, key: string, make: (outputDir: string) => void): Code =>
  Code.fromAsset(source, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
      // The bundling options are CDK's cache key, and `tryBundle` is not in it: the key is (see bundleKeyOf).
      environment: { KEYWARD_BUNDLE: key },
      local: {
        tryBundle: (outputDir) => {
          make(outputDir);
          return true;
        },
      },
    },
  });

/**
 * The code and handler of a function: prebuilt at pack time when Keyward is an installed package (no
 * TypeScript, esbuild or Docker needed to synth), else bundled now from the sources with the local esbuild.
 * A function with files of its own gets an asset of its own; the others share the prebuilt one.
 */
export const handlerCode = (
  handlerModule: string,
  files: AssetFiles = {},
): { readonly code: Code; readonly handler: string } => {
  const key = bundleKeyOf(handlerModule, files);
  if (existsSync(join(PREBUILT_FUNCTIONS, `${handlerModule}.mjs`))) {
    const code =
      Object.keys(files).length === 0
        ? Code.fromAsset(PREBUILT_FUNCTIONS)
        : localAsset(PREBUILT_FUNCTIONS, key, (outputDir) => {
            cpSync(PREBUILT_FUNCTIONS, outputDir, { recursive: true });
            writeAssetFiles(outputDir, files);
          });
    return { code, handler: `${handlerModule}.handler` };
  }
  const code = localAsset(join(PROJECT_ROOT, 'functions'), key, (outputDir) => {
    bundleHandlerSync(handlerModule, join(outputDir, 'index.mjs'));
    writeAssetFiles(outputDir, files);
  });
  return { code, handler: 'index.handler' };
};

/**
 * A Keyward Lambda function: Node.js 22 on ARM64, a minified ESM bundle with source maps, and the AWS SDK
 * bundled rather than taken from the runtime, so the code runs against the exact SDK version it was
 * tested with and tree-shaking keeps cold starts small.
 */
export class KeywardFunction extends LambdaFunction {
  /** The handler module this function runs (its asset's entry). */
  public readonly handlerModule: string;

  public constructor(scope: Construct, id: string, props: KeywardFunctionProps) {
    const { handlerModule, assetFiles, environment, ...rest } = props;
    super(scope, id, {
      ...handlerCode(handlerModule, assetFiles),
      runtime: LAMBDA_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(10),
      loggingFormat: LoggingFormat.JSON,
      // An explicit log group (rather than `logRetention`) needs no custom-resource function to set retention.
      logGroup: new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH }),
      environment: { NODE_OPTIONS: '--enable-source-maps', ...environment },
      ...rest,
      layers: [shutdownExtension(scope), ...(rest.layers ?? [])],
    });
    this.handlerModule = handlerModule;
    enforceFunctionLimits(this);
  }
}
