import { AssemblyError } from './assembly.js';
import type { AwsServices } from './aws-services.js';
import { type CloudFormationStandIn, startCloudFormationStandIn } from './custom-resources.js';
import type { InvocationResult, LambdaHost } from './lambda-host.js';
import type { DeploymentModel } from './model.js';

/**
 * What CloudFormation makes of a deployment's secrets, custom resources and rotation schedules, in its order:
 * the secrets with their generated first values, then each custom resource created through its function
 * (a failure fails the deployment with the resource's reason, as a rollback would), then the schedules.
 */

export type InvokeAs = (
  principal: string,
  functionArn: string,
  event: unknown,
  sourceArn: string,
) => Promise<InvocationResult>;

export const provision = async (
  model: DeploymentModel,
  services: AwsServices,
  host: LambdaHost,
  invokeAs: InvokeAs,
): Promise<CloudFormationStandIn> => {
  for (const secret of model.secrets) services.secretsManager.create(secret.arn, secret.name, secret.tags);
  // CloudFormation invokes a custom resource's function with the deployer's rights, not as a service.
  const cloudFormation = await startCloudFormationStandIn((functionArn, event) =>
    host.invoke(functionArn, event),
  );
  try {
    for (const resource of model.customResources) {
      const answer = await cloudFormation.send(resource, { requestType: 'Create' });
      if (answer.Status !== 'SUCCESS')
        throw new AssemblyError(`${resource.stack}/${resource.logicalId} failed to create: ${answer.Reason}`);
    }
    for (const schedule of model.rotationSchedules) {
      services.secretsManager.configureRotation(schedule.secretArn, {
        functionArn: schedule.functionArn,
        rules: schedule.rules,
        invoke: async (event) => {
          const result = await invokeAs(
            'secretsmanager.amazonaws.com',
            schedule.functionArn,
            event,
            schedule.secretArn,
          );
          return result.ok ? { ok: true } : { ok: false, error: result.error.errorMessage };
        },
      });
      if (schedule.rotateImmediately) await services.secretsManager.rotate(schedule.secretArn);
    }
  } catch (error) {
    await cloudFormation.close();
    throw error;
  }
  return cloudFormation;
};
