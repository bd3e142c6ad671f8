import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type AssetStaging, CfnResource, Stack } from 'aws-cdk-lib';
import { CfnApi, CfnRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { CfnManagedPolicy, CfnPolicy, CfnRole } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction, Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';

/**
 * AWS's limits that `cdk synth` does not check and `cdk deploy` fails on, checked at synth: a stack that
 * breaks one does not synthesize, and the message names the resource, the figure and the limit.
 */
export const DEPLOY_LIMITS = {
  /** Lambda: all of a function's environment variables, names and values. */
  environmentBytes: 4 * 1024,
  /** CloudFormation allows 500; the headroom is for what a stack gains before anyone counts again. */
  resourcesPerStack: 450,
  /** IAM: the inline policies of one role together, without white space. */
  roleInlinePolicyCharacters: 10_240,
  /** IAM: managed policies attached to one role (the default quota); CDK adds overflow policies past 10,240. */
  managedPoliciesPerRole: 10,
  /** IAM: one managed policy, without white space. */
  managedPolicyCharacters: 6_144,
  /** Lambda: a function's code unzipped, layers included. */
  unzippedCodeBytes: 250 * 1024 * 1024,
  /** API Gateway: routes per HTTP API (the default quota). */
  httpApiRoutes: 300,
} as const;

/**
 * The longest a deploy-time value can come to: a `Ref` or `Fn::GetAtt` in a template is a name or an ARN
 * only known once deployed, so it is counted at the longest such a name can be (a table name's 255).
 */
const UNRESOLVED_VALUE_BYTES = 255;

/** The size a value will have once deployed, as compact JSON, with every intrinsic at its longest. */
const deployedSize = (value: unknown): number => {
  if (typeof value === 'string') return Buffer.byteLength(JSON.stringify(value)) - 2;
  if (value === null || typeof value !== 'object') return String(value).length;
  const entries = Object.entries(value);
  if (entries.length === 1 && (entries[0]![0] === 'Ref' || entries[0]![0].startsWith('Fn::'))) {
    const [name, argument] = entries[0]!;
    if (name === 'Fn::Join') {
      const [separator, parts] = argument as [string, unknown[]];
      return (
        parts.reduce<number>((sum, part) => sum + deployedSize(part), 0) + separator.length * parts.length
      );
    }
    return UNRESOLVED_VALUE_BYTES;
  }
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + deployedSize(item) + 1, 2);
  return entries.reduce((sum, [key, item]) => sum + key.length + 3 + deployedSize(item) + 1, 2);
};

const directoryBytes = (path: string): number => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, entry) => sum + directoryBytes(join(path, entry)), 0);
};

const resourcesOf = (stack: Stack): CfnResource[] =>
  stack.node
    .findAll()
    .filter((node): node is CfnResource => CfnResource.isCfnResource(node) && Stack.of(node) === stack);

const environmentErrors = (stack: Stack, fn: CfnFunction): string[] => {
  const variables = stack.resolve(fn.environment) as { variables?: Record<string, unknown> } | undefined;
  const bytes = Object.entries(variables?.variables ?? {}).reduce(
    (sum, [name, value]) => sum + Buffer.byteLength(name) + deployedSize(value),
    0,
  );
  return bytes > DEPLOY_LIMITS.environmentBytes
    ? [
        `${fn.node.path}: its environment comes to ${bytes} bytes; Lambda allows ${DEPLOY_LIMITS.environmentBytes}. Move large values into the function's asset (as the route policy is).`,
      ]
    : [];
};

const codeErrors = (fn: CfnFunction): string[] => {
  const staging = fn.node.scope?.node.tryFindChild('Code')?.node.tryFindChild('Stage') as
    | AssetStaging
    | undefined;
  if (staging === undefined) return [];
  const bytes = directoryBytes(staging.absoluteStagedPath);
  return bytes > DEPLOY_LIMITS.unzippedCodeBytes
    ? [
        `${fn.node.path}: its code is ${bytes} bytes unzipped; Lambda allows ${DEPLOY_LIMITS.unzippedCodeBytes}.`,
      ]
    : [];
};

const functionLimitErrors = (stack: Stack, fn: CfnFunction): string[] => [
  ...environmentErrors(stack, fn),
  ...codeErrors(fn),
];

/** Whether a resolved `Roles` list of a policy names the role `roleRef` resolves to. */
const names = (stack: Stack, roles: unknown, roleRef: string): boolean =>
  ((stack.resolve(roles) as unknown[] | undefined) ?? []).some((ref) => JSON.stringify(ref) === roleRef);

const roleErrors = (
  stack: Stack,
  role: CfnRole,
  policies: readonly CfnPolicy[],
  managed: readonly CfnManagedPolicy[],
): string[] => {
  const roleRef = JSON.stringify(stack.resolve(role.ref));
  const documents = [
    ...((stack.resolve(role.policies) as { policyDocument: unknown }[] | undefined) ?? []).map(
      (policy) => policy.policyDocument,
    ),
    ...policies
      .filter((policy) => names(stack, policy.roles, roleRef))
      .map((policy) => stack.resolve(policy.policyDocument)),
  ];
  const characters = documents.reduce<number>((sum, document) => sum + deployedSize(document), 0);
  const attached =
    ((stack.resolve(role.managedPolicyArns) as unknown[] | undefined) ?? []).length +
    managed.filter((policy) => names(stack, policy.roles, roleRef)).length;
  return [
    ...(characters > DEPLOY_LIMITS.roleInlinePolicyCharacters
      ? [
          `${role.node.path}: its inline policies come to ${characters} characters; IAM allows ${DEPLOY_LIMITS.roleInlinePolicyCharacters} per role.`,
        ]
      : []),
    ...(attached > DEPLOY_LIMITS.managedPoliciesPerRole
      ? [
          `${role.node.path}: ${attached} managed policies attached; IAM allows ${DEPLOY_LIMITS.managedPoliciesPerRole} per role.`,
        ]
      : []),
  ];
};

const managedPolicyErrors = (stack: Stack, policy: CfnManagedPolicy): string[] => {
  const characters = deployedSize(stack.resolve(policy.policyDocument));
  return characters > DEPLOY_LIMITS.managedPolicyCharacters
    ? [
        `${policy.node.path}: ${characters} characters; IAM allows ${DEPLOY_LIMITS.managedPolicyCharacters} per managed policy.`,
      ]
    : [];
};

const routeErrors = (stack: Stack, api: CfnApi, routes: readonly CfnRoute[]): string[] => {
  const apiRef = JSON.stringify(stack.resolve(api.ref));
  const count = routes.filter((route) => JSON.stringify(stack.resolve(route.apiId)) === apiRef).length;
  return count > DEPLOY_LIMITS.httpApiRoutes
    ? [`${api.node.path}: ${count} routes; an HTTP API allows ${DEPLOY_LIMITS.httpApiRoutes} by default.`]
    : [];
};

/** Every limit of a stack, its roles and its HTTP APIs that `stack` breaks, one message each (functions check themselves). */
export const deployLimitErrors = (stack: Stack): string[] => {
  const resources = resourcesOf(stack);
  const of = <T extends CfnResource>(type: abstract new (...args: never[]) => T) =>
    resources.filter((resource): resource is T => resource instanceof type);
  const policies = of(CfnPolicy);
  const managed = of(CfnManagedPolicy);
  const routes = of(CfnRoute);
  return [
    ...(resources.length > DEPLOY_LIMITS.resourcesPerStack
      ? [
          `${stack.stackName}: ${resources.length} resources; keep at most ${DEPLOY_LIMITS.resourcesPerStack} (CloudFormation's limit is 500) — split the stack.`,
        ]
      : []),
    ...of(CfnRole).flatMap((role) => roleErrors(stack, role, policies, managed)),
    ...managed.flatMap((policy) => managedPolicyErrors(stack, policy)),
    ...of(CfnApi).flatMap((api) => routeErrors(stack, api, routes)),
  ];
};

/** Makes `stack` fail to synthesize while it breaks a deploy-time limit. */
export const enforceDeployLimits = (stack: Stack): void => {
  stack.node.addValidation({ validate: () => deployLimitErrors(stack) });
};

/** Makes a function fail to synthesize while its environment or code breaks Lambda's limits. */
export const enforceFunctionLimits = (fn: LambdaFunction): void => {
  const cfn = fn.node.defaultChild as CfnFunction;
  fn.node.addValidation({ validate: () => functionLimitErrors(Stack.of(fn), cfn) });
};
