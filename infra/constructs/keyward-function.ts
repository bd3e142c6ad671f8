import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration } from 'aws-cdk-lib';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type NodejsFunctionProps, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface KeywardFunctionProps extends Omit<NodejsFunctionProps, 'entry'> {
  /** Module under `functions/`, without extension, e.g. `tokens/create`. */
  readonly handlerModule: string;
}

/**
 * A Keyward Lambda function: Node.js 22 on ARM64, a minified ESM bundle with source maps, and the AWS SDK
 * bundled rather than taken from the runtime, so the code runs against the exact SDK version it was
 * tested with and tree-shaking keeps cold starts small.
 */
export class KeywardFunction extends NodejsFunction {
  public constructor(scope: Construct, id: string, props: KeywardFunctionProps) {
    const { handlerModule, bundling, environment, ...rest } = props;
    super(scope, id, {
      entry: join(PROJECT_ROOT, 'functions', `${handlerModule}.ts`),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(10),
      loggingFormat: LoggingFormat.JSON,
      // An explicit log group (rather than `logRetention`) needs no custom-resource function to set retention.
      logGroup: new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH }),
      environment: { NODE_OPTIONS: '--enable-source-maps', ...environment },
      bundling: {
        format: OutputFormat.ESM,
        minify: true,
        sourceMap: true,
        target: 'node22',
        mainFields: ['module', 'main'],
        externalModules: [],
        // Some bundled CommonJS dependencies call `require`; ESM output needs it defined.
        banner:
          "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        ...bundling,
      },
      ...rest,
    });
  }
}
