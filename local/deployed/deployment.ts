import { createHash } from 'node:crypto';
import { AssemblyError, type AssemblyStack, type CloudAssembly, type TemplateResource } from './assembly.js';
import { type IntrinsicContext, resolve, resolveString } from './intrinsics.js';

/**
 * A cloud assembly as if deployed: every resource's physical name and attributes (what `Ref` and
 * `Fn::GetAtt` give), every stack's outputs and exports, resolved in deployment order. Names are derived
 * from the deployment id, the stack and the logical id, so the same deployment always gets the same tables,
 * and two deployments of one assembly (two test files on one DynamoDB Local) never share one.
 */

export interface DeploymentOptions {
  readonly region: string;
  readonly accountId: string;
  /** The URL an API is served at on this machine, by stack and logical id. */
  readonly apiUrl: (stack: string, logicalId: string) => string;
  /** What makes generated names differ between deployments, as CloudFormation's random suffixes do. */
  readonly deploymentId?: string;
}

export interface DeployedStack {
  readonly stack: AssemblyStack;
  readonly context: IntrinsicContext;
  readonly outputs: Readonly<Record<string, string>>;
  /** Resources of a type, by logical id. */
  resourcesOf(type: string): [string, TemplateResource][];
}

export interface Deployment {
  readonly options: DeploymentOptions;
  readonly stacks: readonly DeployedStack[];
}

const suffixOf = (...parts: string[]): string =>
  createHash('sha256').update(parts.join('/')).digest('hex').slice(0, 12).toUpperCase();

/** A name as CloudFormation makes one when the template gives none: stack, logical id, random suffix. */
const generatedName = (deploymentId: string, stack: string, logicalId: string, max = 64): string => {
  const suffix = suffixOf(deploymentId, stack, logicalId);
  return `${`${stack}-${logicalId}`.slice(0, max - suffix.length - 1)}-${suffix}`;
};

const idOf = (stack: string, logicalId: string): string =>
  suffixOf(stack, logicalId).toLowerCase().slice(0, 10);

interface Physical {
  readonly ref: string;
  readonly attributes: Readonly<Record<string, string>>;
}

type PhysicalOf = (input: {
  readonly stack: string;
  readonly logicalId: string;
  readonly properties: Record<string, unknown>;
  readonly options: DeploymentOptions;
  readonly name: (property: string, max?: number) => string;
}) => Physical;

const arn = (options: DeploymentOptions, service: string, resource: string, global = false) =>
  `arn:aws:${service}:${global ? '' : options.region}:${options.accountId}:${resource}`;

/** What `Ref` and `Fn::GetAtt` give, by resource type; other types get a name and no attributes. */
const PHYSICAL: Record<string, PhysicalOf> = {
  'AWS::Lambda::Function': ({ options, name }) => {
    const functionName = name('FunctionName');
    return { ref: functionName, attributes: { Arn: arn(options, 'lambda', `function:${functionName}`) } };
  },
  'AWS::IAM::Role': ({ options, name }) => {
    const roleName = name('RoleName');
    return { ref: roleName, attributes: { Arn: arn(options, 'iam', `role/${roleName}`, true) } };
  },
  'AWS::DynamoDB::GlobalTable': ({ options, name }) => {
    const tableName = name('TableName', 255);
    const tableArn = arn(options, 'dynamodb', `table/${tableName}`);
    return { ref: tableName, attributes: { Arn: tableArn, StreamArn: `${tableArn}/stream/local` } };
  },
  'AWS::KMS::Key': ({ stack, logicalId, options }) => {
    const hex = createHash('sha256').update(`${stack}/${logicalId}`).digest('hex');
    const keyId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
    return { ref: keyId, attributes: { Arn: arn(options, 'kms', `key/${keyId}`), KeyId: keyId } };
  },
  'AWS::ApiGatewayV2::Api': ({ stack, logicalId, options }) => ({
    ref: idOf(stack, logicalId),
    attributes: { ApiEndpoint: options.apiUrl(stack, logicalId), ApiId: idOf(stack, logicalId) },
  }),
  'AWS::ApiGateway::RestApi': ({ stack, logicalId }) => ({
    ref: idOf(stack, logicalId),
    attributes: { RootResourceId: `root${idOf(stack, logicalId)}`, RestApiId: idOf(stack, logicalId) },
  }),
  'AWS::ApiGateway::Stage': ({ properties, stack, logicalId }) => ({
    ref: typeof properties.StageName === 'string' ? properties.StageName : idOf(stack, logicalId),
    attributes: {},
  }),
  'AWS::ApiGateway::Resource': ({ stack, logicalId }) => ({ ref: idOf(stack, logicalId), attributes: {} }),
  'AWS::ApiGateway::Authorizer': ({ stack, logicalId }) => ({ ref: idOf(stack, logicalId), attributes: {} }),
  'AWS::ApiGateway::Deployment': ({ stack, logicalId }) => ({ ref: idOf(stack, logicalId), attributes: {} }),
  'AWS::ApiGatewayV2::Integration': ({ stack, logicalId }) => ({
    ref: idOf(stack, logicalId),
    attributes: {},
  }),
  'AWS::SES::ConfigurationSet': ({ name }) => ({ ref: name('Name'), attributes: {} }),
  'AWS::SES::EmailIdentity': ({ properties }) => ({ ref: String(properties.EmailIdentity), attributes: {} }),
  'AWS::Logs::LogGroup': ({ options, name }) => {
    const groupName = name('LogGroupName', 512);
    return { ref: groupName, attributes: { Arn: arn(options, 'logs', `log-group:${groupName}:*`) } };
  },
  'AWS::Events::Rule': ({ options, name }) => {
    const ruleName = name('Name');
    return { ref: ruleName, attributes: { Arn: arn(options, 'events', `rule/${ruleName}`) } };
  },
  'AWS::SecretsManager::Secret': ({ options, name }) => {
    // Secrets Manager ends a secret's ARN with six characters of its own.
    const secretArn = arn(
      options,
      'secretsmanager',
      `secret:${name('Name', 256)}-${suffixOf(name('Name', 256)).slice(0, 6)}`,
    );
    return { ref: secretArn, attributes: { Id: secretArn } };
  },
  'AWS::Lambda::LayerVersion': ({ options, name }) => ({
    ref: arn(options, 'lambda', `layer:${name('LayerName')}:1`),
    attributes: {},
  }),
};

/** Whether a resource type is a custom resource, which a function of the deployment provides. */
export const isCustomResource = (type: string): boolean =>
  type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource';

/** Resolves an assembly's stacks in order, each seeing the exports of those before it. */
export const deploy = (assembly: CloudAssembly, options: DeploymentOptions): Deployment => {
  const exports = new Map<string, string>();
  const stacks: DeployedStack[] = [];
  for (const stack of assembly.stacks) {
    const resources = stack.template.Resources ?? {};
    const physical = new Map<string, Physical>();
    const context: IntrinsicContext = {
      stackName: stack.name,
      region: options.region,
      accountId: options.accountId,
      ref: (logicalId) => physicalOf(logicalId).ref,
      getAtt: (logicalId, attribute) => {
        const value = physicalOf(logicalId).attributes[attribute];
        if (value === undefined) {
          throw new AssemblyError(
            `${stack.name}: Fn::GetAtt ${logicalId}.${attribute} (${resources[logicalId]?.Type}) is not emulated`,
          );
        }
        return value;
      },
      importValue: (name) => {
        const value = exports.get(name);
        if (value === undefined)
          throw new AssemblyError(`${stack.name} imports ${name}, which no stack exports`);
        return value;
      },
    };
    const physicalOf = (logicalId: string): Physical => {
      const known = physical.get(logicalId);
      if (known !== undefined) return known;
      const resource = resources[logicalId];
      if (resource === undefined) throw new AssemblyError(`${stack.name}: no resource ${logicalId}`);
      const properties = resource.Properties ?? {};
      const name = (property: string, max?: number) =>
        properties[property] === undefined
          ? generatedName(options.deploymentId ?? '', stack.name, logicalId, max)
          : resolveString(properties[property], context, `${logicalId}.${property}`);
      if (isCustomResource(resource.Type)) {
        // Known only once the resource's provider has answered, after the stacks are resolved.
        throw new AssemblyError(
          `${stack.name}: Ref or Fn::GetAtt of custom resource ${logicalId} is not emulated (its provider answers it at deploy)`,
        );
      }
      const made = (PHYSICAL[resource.Type] ?? (() => ({ ref: name('Name'), attributes: {} })))({
        stack: stack.name,
        logicalId,
        properties,
        options,
        name,
      });
      physical.set(logicalId, made);
      return made;
    };
    const outputs: Record<string, string> = {};
    for (const [name, output] of Object.entries(stack.template.Outputs ?? {})) {
      const value = resolveString(output.Value, context, `output ${name}`);
      outputs[name] = value;
      if (output.Export !== undefined) exports.set(resolveString(output.Export.Name, context, name), value);
    }
    stacks.push({
      stack,
      context,
      outputs,
      resourcesOf: (type) => Object.entries(resources).filter(([, resource]) => resource.Type === type),
    });
  }
  return { options, stacks };
};

/** A resource's properties with every intrinsic resolved. */
export const propertiesOf = (stack: DeployedStack, resource: TemplateResource): Record<string, unknown> =>
  resolve(resource.Properties ?? {}, stack.context) as Record<string, unknown>;
