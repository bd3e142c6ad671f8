import type { TemplateResource } from './assembly.js';
import { type DeployedStack, type Deployment, isCustomResource, propertiesOf } from './deployment.js';
import { type HttpApiModel, httpApisOf, list, type RestApiModel, restApisOf } from './gateway-model.js';
import {
  type CustomResourceModel,
  customResourcesOf,
  type RotationScheduleModel,
  rotationSchedulesOf,
  type SecretModel,
  secretsOf,
} from './provisioning-model.js';

export type {
  GatewayResponseModel,
  HttpApiModel,
  HttpAuthorizerModel,
  HttpRouteModel,
  RestApiModel,
  RestAuthorizerModel,
  RestMethodModel,
} from './gateway-model.js';
export { functionArnOfUri } from './gateway-model.js';
export type { CustomResourceModel, RotationScheduleModel, SecretModel };

/**
 * What an emulation runs, read off a deployment: functions with their code, environment and role; tables;
 * roles' policy statements; APIs with their routes, authorizers and gateway responses; schedules; and which
 * service may invoke which function.
 */

export interface FunctionModel {
  readonly stack: string;
  readonly logicalId: string;
  readonly name: string;
  readonly arn: string;
  /** The folder of the function's code (its asset in `cdk.out`), or inline code. */
  readonly code: { readonly directory: string } | { readonly inline: string };
  readonly handler: string;
  readonly runtime: string;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
  readonly environment: Readonly<Record<string, string>>;
  readonly roleArn: string;
  /** The code directories of its layers, in order (what Lambda extracts to /opt). */
  readonly layers: readonly string[];
}

export interface Statement {
  readonly Effect: 'Allow' | 'Deny';
  readonly Action: string | string[];
  readonly Resource: string | string[];
  readonly Condition?: Record<string, Record<string, string | string[]>>;
}

export interface RoleModel {
  readonly arn: string;
  readonly name: string;
  readonly statements: readonly Statement[];
}

export interface TableModel {
  readonly name: string;
  readonly arn: string;
  readonly partitionKey: string;
  /** The table's definition in CreateTable's terms. */
  readonly definition: {
    readonly AttributeDefinitions: unknown[];
    readonly KeySchema: { AttributeName: string; KeyType: string }[];
    readonly GlobalSecondaryIndexes?: { IndexName: string; KeySchema: unknown[]; Projection: unknown }[];
  };
  readonly timeToLiveAttribute?: string;
}

export interface ScheduleModel {
  readonly stack: string;
  readonly logicalId: string;
  readonly arn: string;
  readonly expression: string;
  readonly enabled: boolean;
  readonly functionArns: readonly string[];
}

export interface PermissionModel {
  readonly functionArn: string;
  readonly principal: string;
  readonly sourceArn?: string;
  readonly sourceAccount?: string;
}

export interface DeploymentModel {
  readonly functions: ReadonlyMap<string, FunctionModel>;
  readonly roles: ReadonlyMap<string, RoleModel>;
  readonly tables: readonly TableModel[];
  readonly httpApis: readonly HttpApiModel[];
  readonly restApis: readonly RestApiModel[];
  readonly schedules: readonly ScheduleModel[];
  readonly permissions: readonly PermissionModel[];
  readonly secrets: readonly SecretModel[];
  readonly rotationSchedules: readonly RotationScheduleModel[];
  /** In deployment order: stacks in order, each stack's in template order. */
  readonly customResources: readonly CustomResourceModel[];
  /** Resource types the emulation does not run (the console's bucket and distribution, alarms), with counts. */
  readonly notEmulated: ReadonlyMap<string, number>;
}

const EMULATED = new Set([
  'AWS::Lambda::Function',
  'AWS::Lambda::Permission',
  'AWS::IAM::Role',
  'AWS::IAM::Policy',
  'AWS::DynamoDB::GlobalTable',
  'AWS::KMS::Key',
  'AWS::ApiGatewayV2::Api',
  'AWS::ApiGatewayV2::Route',
  'AWS::ApiGatewayV2::Integration',
  'AWS::ApiGatewayV2::Authorizer',
  'AWS::ApiGatewayV2::Stage',
  'AWS::ApiGateway::RestApi',
  'AWS::ApiGateway::Resource',
  'AWS::ApiGateway::Method',
  'AWS::ApiGateway::Authorizer',
  'AWS::ApiGateway::Deployment',
  'AWS::ApiGateway::Stage',
  'AWS::ApiGateway::GatewayResponse',
  'AWS::Events::Rule',
  'AWS::SES::ConfigurationSet',
  'AWS::SES::EmailIdentity',
  'AWS::Logs::LogGroup',
  'AWS::Lambda::LayerVersion',
  'AWS::SecretsManager::Secret',
  'AWS::SecretsManager::RotationSchedule',
]);

const assetDirectoryOf = (code: { S3Key?: string }, assets: ReadonlyMap<string, string>): string => {
  const hash = code.S3Key?.replace(/\.zip$/, '');
  return (
    (hash === undefined ? undefined : assets.get(hash)) ?? `(asset ${hash} is not in the cloud assembly)`
  );
};

const functionsOf = (stack: DeployedStack, assets: ReadonlyMap<string, string>): FunctionModel[] => {
  const layers = new Map(
    stack
      .resourcesOf('AWS::Lambda::LayerVersion')
      .map(([logicalId, resource]) => [
        stack.context.ref(logicalId),
        assetDirectoryOf(propertiesOf(stack, resource).Content as { S3Key?: string }, assets),
      ]),
  );
  return stack.resourcesOf('AWS::Lambda::Function').map(([logicalId, resource]) => {
    const properties = propertiesOf(stack, resource);
    const code = properties.Code as { S3Key?: string; ZipFile?: string };
    const environment = (properties.Environment as { Variables?: Record<string, string> } | undefined)
      ?.Variables;
    return {
      stack: stack.stack.name,
      logicalId,
      name: stack.context.ref(logicalId),
      arn: stack.context.getAtt(logicalId, 'Arn'),
      code:
        code.ZipFile !== undefined ? { inline: code.ZipFile } : { directory: assetDirectoryOf(code, assets) },
      handler: String(properties.Handler),
      runtime: String(properties.Runtime),
      timeoutSeconds: Number(properties.Timeout ?? 3),
      memoryMb: Number(properties.MemorySize ?? 128),
      environment: Object.fromEntries(Object.entries(environment ?? {}).map(([k, v]) => [k, String(v)])),
      roleArn: String(properties.Role),
      layers: list(properties.Layers as string[] | undefined).map(
        (arn) => layers.get(arn) ?? `(layer ${arn} is not in this stack)`,
      ),
    };
  });
};

const rolesOf = (stack: DeployedStack): RoleModel[] => {
  const roles = stack.resourcesOf('AWS::IAM::Role').map(([logicalId, resource]) => {
    const properties = propertiesOf(stack, resource);
    const inline = list(properties.Policies as { PolicyDocument: { Statement: Statement[] } }[] | undefined);
    return {
      arn: stack.context.getAtt(logicalId, 'Arn'),
      name: stack.context.ref(logicalId),
      statements: inline.flatMap((policy) => list(policy.PolicyDocument.Statement)),
    };
  });
  const byName = new Map(roles.map((role) => [role.name, role]));
  for (const [, resource] of stack.resourcesOf('AWS::IAM::Policy')) {
    const properties = propertiesOf(stack, resource);
    const statements = list((properties.PolicyDocument as { Statement: Statement[] }).Statement);
    for (const roleName of list(properties.Roles as string[] | undefined)) {
      const role = byName.get(roleName);
      if (role !== undefined)
        byName.set(roleName, { ...role, statements: [...role.statements, ...statements] });
    }
  }
  return [...byName.values()];
};

/** The properties of a table (`AWS::DynamoDB::GlobalTable`) that CreateTable takes. */
interface TableProperties {
  readonly AttributeDefinitions: unknown[];
  readonly KeySchema: { AttributeName: string; KeyType: string }[];
  readonly GlobalSecondaryIndexes?: { IndexName: string; KeySchema: unknown[]; Projection: unknown }[];
  readonly TimeToLiveSpecification?: { AttributeName: string; Enabled: boolean };
}

const tablesOf = (stack: DeployedStack): TableModel[] =>
  stack.resourcesOf('AWS::DynamoDB::GlobalTable').map(([logicalId, resource]) => {
    const properties = propertiesOf(stack, resource) as unknown as TableProperties;
    const ttl = properties.TimeToLiveSpecification;
    return {
      name: stack.context.ref(logicalId),
      arn: stack.context.getAtt(logicalId, 'Arn'),
      partitionKey: properties.KeySchema.find((key) => key.KeyType === 'HASH')!.AttributeName,
      definition: {
        AttributeDefinitions: properties.AttributeDefinitions,
        KeySchema: properties.KeySchema,
        ...(properties.GlobalSecondaryIndexes === undefined
          ? {}
          : {
              GlobalSecondaryIndexes: properties.GlobalSecondaryIndexes.map(
                ({ IndexName, KeySchema, Projection }) => ({
                  IndexName,
                  KeySchema,
                  Projection,
                }),
              ),
            }),
      },
      ...(ttl?.Enabled === true ? { timeToLiveAttribute: ttl.AttributeName } : {}),
    };
  });

const schedulesOf = (stack: DeployedStack): ScheduleModel[] =>
  stack
    .resourcesOf('AWS::Events::Rule')
    .map(([logicalId, resource]) => [logicalId, propertiesOf(stack, resource)] as const)
    .filter(([, properties]) => typeof properties.ScheduleExpression === 'string')
    .map(([logicalId, properties]) => ({
      stack: stack.stack.name,
      logicalId,
      arn: stack.context.getAtt(logicalId, 'Arn'),
      expression: String(properties.ScheduleExpression),
      enabled: properties.State !== 'DISABLED',
      functionArns: list(properties.Targets as { Arn: string }[]).map((target) => target.Arn),
    }));

const permissionsOf = (stack: DeployedStack): PermissionModel[] =>
  stack.resourcesOf('AWS::Lambda::Permission').map(([, resource]: [string, TemplateResource]) => {
    const properties = propertiesOf(stack, resource);
    return {
      functionArn: String(properties.FunctionName),
      principal: String(properties.Principal),
      ...(properties.SourceArn === undefined ? {} : { sourceArn: String(properties.SourceArn) }),
      ...(properties.SourceAccount === undefined ? {} : { sourceAccount: String(properties.SourceAccount) }),
    };
  });

/** Everything the emulation runs, from every stack of the deployment. */
export const modelOf = (deployment: Deployment): DeploymentModel => {
  const notEmulated = new Map<string, number>();
  for (const stack of deployment.stacks) {
    for (const resource of Object.values(stack.stack.template.Resources ?? {})) {
      if (!EMULATED.has(resource.Type) && !isCustomResource(resource.Type))
        notEmulated.set(resource.Type, (notEmulated.get(resource.Type) ?? 0) + 1);
    }
  }
  const all = <T>(of: (stack: DeployedStack) => T[]) => deployment.stacks.flatMap(of);
  return {
    functions: new Map(
      all((stack) => functionsOf(stack, stack.stack.assets)).map((fn) => [fn.arn, fn] as const),
    ),
    roles: new Map(all(rolesOf).map((role) => [role.arn, role] as const)),
    tables: all(tablesOf),
    httpApis: all(httpApisOf),
    restApis: all(restApisOf),
    schedules: all(schedulesOf),
    permissions: all(permissionsOf),
    secrets: all(secretsOf),
    rotationSchedules: all(rotationSchedulesOf),
    customResources: all(customResourcesOf),
    notEmulated,
  };
};
