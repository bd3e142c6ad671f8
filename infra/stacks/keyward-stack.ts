import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { routes } from '../../shared/http/routes.js';
import { KeywardFunction } from '../constructs/keyward-function.js';
import { KeywardTables } from '../constructs/tables.js';

export interface KeywardStackProps extends StackProps {
  /**
   * Stage name; `prod` retains tables and turns on deletion protection.
   * @default 'dev'
   */
  readonly stage?: string;
  /**
   * KMS-encrypted pepper data keys as JSON (`[{version, ciphertext}]`), created by `npm run bootstrap`.
   * @default '[]'
   */
  readonly encryptedPeppers?: string;
  /**
   * LOG_LEVEL of every function.
   * @default 'INFO'
   */
  readonly logLevel?: string;
}

const pascal = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Keyward on AWS: the tables, the pepper key, and an HTTP API with one function per route of the route
 * table (generated from it, so a new route is deployed by adding it to the table).
 */
export class KeywardStack extends Stack {
  public readonly tables: KeywardTables;
  public readonly pepperKey: Key;
  public readonly api: HttpApi;
  public readonly functions: ReadonlyMap<string, KeywardFunction>;

  public constructor(scope: Construct, id: string, props: KeywardStackProps = {}) {
    super(scope, id, props);
    const stage = props.stage ?? 'dev';
    this.tables = new KeywardTables(this, 'Tables', { retain: stage === 'prod' });
    this.pepperKey = new Key(this, 'PepperKey', {
      enableKeyRotation: true,
      description: 'Encrypts the Keyward pepper data keys that HMAC token secrets',
    });

    const environment = {
      ...this.tables.environment(),
      KEYWARD_KMS_KEY_ID: this.pepperKey.keyArn,
      KEYWARD_PEPPERS: props.encryptedPeppers ?? '[]',
      LOG_LEVEL: props.logLevel ?? 'INFO',
      POWERTOOLS_SERVICE_NAME: 'keyward',
    };
    const functionFor = (id: string, handlerModule: string) => {
      const fn = new KeywardFunction(this, id, { handlerModule, environment });
      this.tables.grantReadWriteData(fn);
      this.pepperKey.grantDecrypt(fn);
      return fn;
    };

    this.api = new HttpApi(this, 'Api', {
      description: 'Keyward management API',
      defaultIntegration: new HttpLambdaIntegration(
        'NotFound',
        functionFor('NotFoundFunction', 'service/not-found'),
      ),
    });
    const functions = new Map<string, KeywardFunction>();
    for (const route of routes) {
      const fn = functionFor(`${pascal(route.operationId)}Function`, route.handler);
      functions.set(route.operationId, fn);
      this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${pascal(route.operationId)}Integration`, fn),
      });
    }
    this.functions = functions;

    new CfnOutput(this, 'ApiUrl', { value: this.api.apiEndpoint });
    new CfnOutput(this, 'TokensTableName', { value: this.tables.tokens.tableName });
    new CfnOutput(this, 'DirectoryTableName', { value: this.tables.directory.tableName });
    new CfnOutput(this, 'EventsTableName', { value: this.tables.events.tableName });
  }
}
