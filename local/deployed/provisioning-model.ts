import { type DeployedStack, isCustomResource, propertiesOf } from './deployment.js';
import { list } from './gateway-model.js';

/** What CloudFormation provisions beyond functions, tables and APIs: secrets, rotation schedules, custom resources. */

export interface SecretModel {
  readonly stack: string;
  readonly logicalId: string;
  readonly arn: string;
  readonly name: string;
  readonly tags: readonly { Key: string; Value: string }[];
}

export interface RotationScheduleModel {
  readonly stack: string;
  readonly logicalId: string;
  readonly secretArn: string;
  readonly functionArn: string;
  readonly rules: unknown;
  /** Whether Secrets Manager rotates the secret as soon as the schedule is made (its default). */
  readonly rotateImmediately: boolean;
}

/** A custom resource: the function that provides it, and its properties (ServiceToken aside). */
export interface CustomResourceModel {
  readonly stack: string;
  readonly logicalId: string;
  readonly type: string;
  readonly stackId: string;
  readonly serviceToken: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

export const secretsOf = (stack: DeployedStack): SecretModel[] =>
  stack.resourcesOf('AWS::SecretsManager::Secret').map(([logicalId, resource]) => {
    const arn = stack.context.ref(logicalId);
    return {
      stack: stack.stack.name,
      logicalId,
      arn,
      name: arn.split(':secret:')[1]!.replace(/-[0-9A-Za-z]{6}$/, ''),
      tags: list(propertiesOf(stack, resource).Tags as { Key: string; Value: string }[] | undefined),
    };
  });

export const rotationSchedulesOf = (stack: DeployedStack): RotationScheduleModel[] =>
  stack.resourcesOf('AWS::SecretsManager::RotationSchedule').map(([logicalId, resource]) => {
    const properties = propertiesOf(stack, resource);
    return {
      stack: stack.stack.name,
      logicalId,
      secretArn: String(properties.SecretId),
      functionArn: String(properties.RotationLambdaARN),
      rules: properties.RotationRules,
      rotateImmediately: properties.RotateImmediatelyOnUpdate !== false,
    };
  });

export const customResourcesOf = (stack: DeployedStack): CustomResourceModel[] =>
  Object.entries(stack.stack.template.Resources ?? {})
    .filter(([, resource]) => isCustomResource(resource.Type))
    .map(([logicalId, resource]) => {
      const { ServiceToken, ...properties } = propertiesOf(stack, resource);
      return {
        stack: stack.stack.name,
        logicalId,
        type: resource.Type,
        stackId: `arn:aws:cloudformation:${stack.context.region}:${stack.context.accountId}:stack/${stack.stack.name}/local`,
        serviceToken: String(ServiceToken),
        properties,
      };
    });
