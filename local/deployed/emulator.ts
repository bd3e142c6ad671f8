import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lambdaNodeRuntime } from '../lambda-node.js';
import { AssemblyError, readCloudAssembly } from './assembly.js';
import { type AwsServices, type Caller, startAwsServices } from './aws-services.js';
import type { CloudFormationStandIn } from './custom-resources.js';
import { deploy } from './deployment.js';
import { type GatewayEndpoint, openGatewayEndpoint } from './gateway-io.js';
import { httpApiHandler } from './http-api.js';
import { matchesAny } from './iam.js';
import { KmsStandIn } from './kms-stand-in.js';
import { type InvocationResult, LambdaHost } from './lambda-host.js';
import { type DeploymentModel, modelOf, type ScheduleModel } from './model.js';
import { provision } from './provisioning.js';
import { restApiHandler } from './rest-api.js';
import { startSchedules } from './schedules.js';
import { SecretsManagerStandIn } from './secrets-manager-stand-in.js';
import { createTables } from './tables.js';

/**
 * A cloud assembly served on this machine as AWS runs it: its APIs on local ports, its functions from their
 * own assets under the Lambda runtime's Node.js, its tables made in DynamoDB Local from the templates, its
 * schedules firing, and every AWS call a function makes checked against its role. What `cdk deploy` would
 * deploy, without an account.
 */

export interface EmulationOptions {
  /** A synthesized cloud assembly (`cdk.out`). */
  readonly cdkOut: string;
  readonly dynamoDbEndpoint: string;
  readonly region?: string;
  readonly accountId?: string;
  /** Whether schedules fire on their own (`rate(...)`); they can always be fired with `fire`. @default true */
  readonly schedules?: boolean;
  /**
   * A running emulation this assembly is deployed beside, into the same account: its functions call that
   * emulation's services (tables, keys) with roles of their own, as another project's app that points at
   * an existing Keyward deployment does. Its region and account are used; this assembly makes no tables.
   */
  readonly alongside?: Emulation;
  /** Hosts outside the deployment that its functions reach (a webhook receiver), served on this machine. */
  readonly network?: EmulatedNetwork;
}

export interface EmulatedNetwork {
  /** Each hostname and the local port that stands for it; a function resolves it to a public address. */
  readonly hosts: Readonly<Record<string, number>>;
  /** A PEM file of certificates the functions trust besides the public ones (a receiver's own). */
  readonly caCertificates?: string;
}

/**
 * What a function's process is given to reach the emulated hosts (runtime/network.mjs): each host gets an
 * address in a public range (100.24.0.0/16), as a receiver's on the internet would have.
 */
const networkEnvironment = (network: EmulatedNetwork | undefined): Record<string, string> => {
  if (network === undefined) return {};
  const hosts = Object.fromEntries(
    Object.entries(network.hosts).map(([host, port], i) => [host, { address: `100.24.0.${i + 1}`, port }]),
  );
  return {
    KEYWARD_EMULATED_HOSTS: JSON.stringify(hosts),
    ...(network.caCertificates === undefined ? {} : { NODE_EXTRA_CA_CERTS: network.caCertificates }),
  };
};

export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export interface Emulation {
  readonly model: DeploymentModel;
  /** Each stack's outputs, URLs pointing here: what `cdk deploy --outputs-file` would write. */
  readonly outputs: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly host: LambdaHost;
  readonly services: AwsServices;
  /** The account's callers by access key: the deployer and every role of this and any emulation beside it. */
  readonly callers: Map<string, Caller>;
  readonly region: string;
  readonly accountId: string;
  /** The environment a deployer's tool (`npm run bootstrap`) needs to reach this deployment's services. */
  readonly deployerEnvironment: Readonly<Record<string, string>>;
  /** The credentials a function's instances sign their AWS calls with (its role's). */
  credentialsOf(functionArn: string): Credentials;
  /** CloudFormation's requests to the custom resources, and their answers (each created at start). */
  readonly cloudFormation: CloudFormationStandIn;
  /** Runs a schedule's targets now, as its rule would. */
  fire(schedule: ScheduleModel): Promise<InvocationResult[]>;
  close(): Promise<void>;
}

const SECRET = 'local-emulation-secret';
const DEPLOYER_KEY = 'AKIALOCALDEPLOYER000';

const accessKeyOf = (roleArn: string): string =>
  `AKIA${createHash('sha256').update(roleArn).digest('hex').slice(0, 16).toUpperCase()}`;

export const startEmulation = async (options: EmulationOptions): Promise<Emulation> => {
  const { alongside } = options;
  const region = alongside?.region ?? options.region ?? 'eu-west-1';
  const accountId = alongside?.accountId ?? options.accountId ?? '123456789012';
  const node = lambdaNodeRuntime();
  if ('missing' in node) throw new Error(`The Lambda runtime's Node.js is missing: ${node.missing}`);
  const assembly = readCloudAssembly(options.cdkOut);

  // Every API listens first, so its URL can be what the templates' outputs and variables resolve to.
  const endpoints = new Map<string, GatewayEndpoint>();
  for (const stack of assembly.stacks) {
    for (const [logicalId, resource] of Object.entries(stack.template.Resources ?? {})) {
      if (resource.Type === 'AWS::ApiGatewayV2::Api' || resource.Type === 'AWS::ApiGateway::RestApi')
        endpoints.set(`${stack.name}/${logicalId}`, await openGatewayEndpoint());
    }
  }
  const deployment = deploy(assembly, {
    region,
    accountId,
    deploymentId: randomUUID(),
    apiUrl: (stack, logicalId) => endpoints.get(`${stack}/${logicalId}`)!.url,
  });
  const model = modelOf(deployment);
  for (const fn of model.functions.values()) {
    if (!fn.runtime.startsWith('nodejs'))
      throw new AssemblyError(
        `${fn.stack}/${fn.logicalId}: runtime ${fn.runtime} is not emulated (Node.js only)`,
      );
    if ('directory' in fn.code && !existsSync(fn.code.directory))
      throw new AssemblyError(`${fn.stack}/${fn.logicalId}: its code asset is missing: ${fn.code.directory}`);
  }
  // A REST API's URL is made of its id and the region's domain; here it is the API's local endpoint.
  const restUrls = model.restApis.map((api) => ({
    remote: `https://${api.id}.execute-api.${region}.amazonaws.com`,
    local: endpoints.get(`${api.stack}/${api.logicalId}`)!.url,
  }));
  const localized = (value: string) =>
    restUrls.reduce((text, { remote, local }) => text.replaceAll(remote, local), value);

  if (alongside === undefined) await createTables(options.dynamoDbEndpoint, region, model);

  const callers =
    alongside?.callers ??
    new Map<string, Caller>([[DEPLOYER_KEY, { arn: `arn:aws:iam::${accountId}:user/deployer` }]]);
  for (const role of model.roles.values())
    callers.set(accessKeyOf(role.arn), {
      arn: `arn:aws:sts::${accountId}:assumed-role/${role.name}/emulated`,
      statements: role.statements,
    });
  const services =
    alongside?.services ??
    (await startAwsServices({
      region,
      accountId,
      dynamoDbEndpoint: options.dynamoDbEndpoint,
      tables: model.tables,
      kms: new KmsStandIn(
        randomBytes(32),
        deployment.stacks.flatMap((stack) =>
          stack.resourcesOf('AWS::KMS::Key').map(([logicalId]) => stack.context.getAtt(logicalId, 'Arn')),
        ),
      ),
      secretsManager: new SecretsManagerStandIn(),
      callerOf: (accessKeyId) => callers.get(accessKeyId),
    }));
  const network = networkEnvironment(options.network);
  const endpointsOfServices = {
    AWS_ENDPOINT_URL_DYNAMODB: services.url,
    AWS_ENDPOINT_URL_KMS: services.url,
    AWS_ENDPOINT_URL_EVENTBRIDGE: services.url,
    AWS_ENDPOINT_URL_SESV2: services.url,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: services.url,
  };

  const functions = new Map(
    [...model.functions].map(([arn, fn]) => [
      arn,
      {
        ...fn,
        environment: Object.fromEntries(
          Object.entries(fn.environment).map(([name, value]) => [name, localized(value)]),
        ),
      },
    ]),
  );
  const host = new LambdaHost(functions, {
    node: node.executable,
    region,
    environmentOf: (fn) => ({
      ...endpointsOfServices,
      ...network,
      AWS_ACCESS_KEY_ID: accessKeyOf(fn.roleArn),
      AWS_SECRET_ACCESS_KEY: SECRET,
      AWS_SESSION_TOKEN: 'emulated',
    }),
  });

  /** Invokes as a service principal would: only with the function's resource policy allowing it. */
  const invokeAs = async (
    principal: string,
    functionArn: string,
    event: unknown,
    sourceArn: string,
  ): Promise<InvocationResult> => {
    const fn = functions.get(functionArn);
    const permitted = model.permissions.some(
      (permission) =>
        (permission.functionArn === functionArn || permission.functionArn === fn?.name) &&
        permission.principal === principal &&
        (permission.sourceArn === undefined || matchesAny(permission.sourceArn, sourceArn)) &&
        (permission.sourceAccount === undefined || permission.sourceAccount === accountId),
    );
    if (fn === undefined || !permitted) {
      const errorMessage = `${principal} may not invoke ${functionArn} for ${sourceArn}: no Lambda permission allows it`;
      return { ok: false, error: { errorType: 'AccessDeniedException', errorMessage } };
    }
    return host.invoke(functionArn, event);
  };

  const apiContext = (principal: string) => ({
    region,
    accountId,
    invoke: (functionArn: string, event: unknown, sourceArn: string) =>
      invokeAs(principal, functionArn, event, sourceArn),
  });
  for (const api of model.httpApis)
    endpoints
      .get(`${api.stack}/${api.logicalId}`)!
      .serve(httpApiHandler(api, apiContext('apigateway.amazonaws.com')));
  for (const api of model.restApis)
    endpoints
      .get(`${api.stack}/${api.logicalId}`)!
      .serve(restApiHandler(api, apiContext('apigateway.amazonaws.com')));

  const fire = (schedule: ScheduleModel) => {
    const event = {
      version: '0',
      id: randomUUID(),
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: accountId,
      time: new Date().toISOString(),
      region,
      resources: [schedule.arn],
      detail: {},
    };
    return Promise.all(
      schedule.functionArns.map((arn) => invokeAs('events.amazonaws.com', arn, event, schedule.arn)),
    );
  };
  /** Stops what this emulation started: the services are the emulation's that started them. */
  const stop = async (cloudFormation?: CloudFormationStandIn) => {
    await host.close();
    await cloudFormation?.close();
    // One beside another takes its roles out of the account, and leaves the services running.
    if (alongside !== undefined)
      for (const role of model.roles.values()) callers.delete(accessKeyOf(role.arn));
    await Promise.all([
      ...(alongside === undefined ? [services.close()] : []),
      ...[...endpoints.values()].map((endpoint) => endpoint.close()),
    ]);
  };
  // A custom resource that fails to create fails the deployment, as a rollback would.
  const cloudFormation = await provision(model, services, host, invokeAs).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  const schedules = options.schedules === false ? undefined : startSchedules(model.schedules, fire);

  const outputs = Object.fromEntries(
    deployment.stacks.map((stack) => [
      stack.stack.name,
      Object.fromEntries(Object.entries(stack.outputs).map(([name, value]) => [name, localized(value)])),
    ]),
  );
  return {
    model,
    outputs,
    host,
    services,
    callers,
    region,
    accountId,
    deployerEnvironment: {
      ...endpointsOfServices,
      AWS_REGION: region,
      AWS_ACCESS_KEY_ID: DEPLOYER_KEY,
      AWS_SECRET_ACCESS_KEY: SECRET,
    },
    cloudFormation,
    fire,
    credentialsOf: (functionArn) => ({
      accessKeyId: accessKeyOf(host.functionOf(functionArn).roleArn),
      secretAccessKey: SECRET,
    }),
    close: async () => {
      schedules?.stop();
      await stop(cloudFormation);
    },
  };
};
