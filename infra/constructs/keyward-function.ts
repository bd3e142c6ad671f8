import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, Duration } from 'aws-cdk-lib';
import {
  Architecture,
  Code,
  type FunctionProps,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { bundleHandlerSync, PROJECT_ROOT } from '../function-bundle.js';

export { PROJECT_ROOT };

/** The runtime of every Keyward function; its version is `LAMBDA_NODE_MAJOR`, the bundles' target (a test checks). */
export const LAMBDA_RUNTIME = Runtime.NODEJS_22_X;

/**
 * Where the package keeps its prebuilt functions (`dist/assets/lambda/<handler module>.mjs`, code shared
 * between them in chunks), seen from `dist/infra/constructs`. One asset for every function: CDK uploads it once.
 */
const PREBUILT_FUNCTIONS = fileURLToPath(new URL('../../assets/lambda/', import.meta.url));

export interface KeywardFunctionProps extends Omit<FunctionProps, 'code' | 'handler' | 'runtime'> {
  /** Handler module: its path from the project root without extension, e.g. `functions/tokens/create`. */
  readonly handlerModule: string;
}

/**
 * The code and handler of a function: prebuilt at pack time when Keyward is an installed package (no
 * TypeScript, esbuild or Docker needed to synth), else bundled now from the sources with the local esbuild.
 */
export const handlerCode = (handlerModule: string): { readonly code: Code; readonly handler: string } => {
  if (existsSync(join(PREBUILT_FUNCTIONS, `${handlerModule}.mjs`))) {
    return { code: Code.fromAsset(PREBUILT_FUNCTIONS), handler: `${handlerModule}.handler` };
  }
  return { code: bundledNow(handlerModule), handler: 'index.handler' };
};

const bundledNow = (handlerModule: string): Code =>
  Code.fromAsset(join(PROJECT_ROOT, 'functions'), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never used: local bundling always succeeds or throws.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
      local: {
        tryBundle: (outputDir) => {
          bundleHandlerSync(handlerModule, join(outputDir, 'index.mjs'));
          return true;
        },
      },
    },
  });

/**
 * A Keyward Lambda function: Node.js 22 on ARM64, a minified ESM bundle with source maps, and the AWS SDK
 * bundled rather than taken from the runtime, so the code runs against the exact SDK version it was
 * tested with and tree-shaking keeps cold starts small.
 */
export class KeywardFunction extends LambdaFunction {
  public constructor(scope: Construct, id: string, props: KeywardFunctionProps) {
    const { handlerModule, environment, ...rest } = props;
    super(scope, id, {
      ...handlerCode(handlerModule),
      runtime: LAMBDA_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(10),
      loggingFormat: LoggingFormat.JSON,
      // An explicit log group (rather than `logRetention`) needs no custom-resource function to set retention.
      logGroup: new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH }),
      environment: { NODE_OPTIONS: '--enable-source-maps', ...environment },
      ...rest,
    });
  }
}
