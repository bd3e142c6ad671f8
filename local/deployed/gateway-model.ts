import { type DeployedStack, propertiesOf } from './deployment.js';

/**
 * The API Gateway part of a deployment: HTTP APIs (routes, integrations, Lambda authorizers) and REST APIs
 * (the resource tree's methods, authorizers, gateway responses, stages), as the templates define them.
 */

export const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** `arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations` → the function's ARN. */
export const functionArnOfUri = (uri: string): string | undefined =>
  /functions\/(arn:[^/]+)\/invocations$/.exec(uri)?.[1] ??
  (uri.startsWith('arn:aws:lambda:') ? uri : undefined);

export interface HttpRouteModel {
  readonly routeKey: string;
  readonly functionArn?: string;
  readonly authorizer?: HttpAuthorizerModel;
}

export interface HttpAuthorizerModel {
  readonly id: string;
  readonly functionArn: string;
  readonly identitySource: readonly string[];
  readonly simpleResponses: boolean;
  readonly ttlSeconds: number;
}

export interface HttpApiModel {
  readonly stack: string;
  readonly logicalId: string;
  readonly id: string;
  readonly routes: readonly HttpRouteModel[];
}

export interface RestAuthorizerModel {
  readonly id: string;
  readonly type: 'REQUEST' | 'TOKEN';
  readonly functionArn: string;
  readonly identitySource: readonly string[];
  readonly ttlSeconds: number;
}

export interface RestMethodModel {
  readonly httpMethod: string;
  /** The resource path, e.g. `/v2/sites/{siteId}`. */
  readonly path: string;
  readonly integration:
    | { readonly type: 'AWS_PROXY'; readonly functionArn: string }
    | { readonly type: 'MOCK' | 'HTTP_PROXY' | 'HTTP' | 'AWS'; readonly uri?: string };
  readonly authorizer?: RestAuthorizerModel;
}

export interface GatewayResponseModel {
  readonly statusCode?: string;
  readonly templates: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
}

export interface RestApiModel {
  readonly stack: string;
  readonly logicalId: string;
  readonly id: string;
  readonly stages: readonly string[];
  readonly methods: readonly RestMethodModel[];
  readonly gatewayResponses: ReadonlyMap<string, GatewayResponseModel>;
}

export const httpApisOf = (stack: DeployedStack): HttpApiModel[] => {
  const integrations = new Map(
    stack
      .resourcesOf('AWS::ApiGatewayV2::Integration')
      .map(([logicalId, resource]) => [stack.context.ref(logicalId), propertiesOf(stack, resource)]),
  );
  const authorizers = new Map(
    stack.resourcesOf('AWS::ApiGatewayV2::Authorizer').map(([logicalId, resource]) => {
      const properties = propertiesOf(stack, resource);
      return [
        stack.context.ref(logicalId),
        {
          id: stack.context.ref(logicalId),
          functionArn: functionArnOfUri(String(properties.AuthorizerUri)) ?? String(properties.AuthorizerUri),
          identitySource: list(properties.IdentitySource as string[]),
          simpleResponses: properties.EnableSimpleResponses === true,
          ttlSeconds: Number(properties.AuthorizerResultTtlInSeconds ?? 300),
        } satisfies HttpAuthorizerModel,
      ];
    }),
  );
  return stack.resourcesOf('AWS::ApiGatewayV2::Api').map(([logicalId]) => {
    const id = stack.context.ref(logicalId);
    const routes = stack
      .resourcesOf('AWS::ApiGatewayV2::Route')
      .map(([, resource]) => propertiesOf(stack, resource))
      .filter((route) => route.ApiId === id)
      .map((route): HttpRouteModel => {
        const integration = integrations.get(String(route.Target ?? '').replace(/^integrations\//, ''));
        const functionArn =
          integration?.IntegrationType === 'AWS_PROXY'
            ? functionArnOfUri(String(integration.IntegrationUri))
            : undefined;
        const authorizer =
          route.AuthorizationType === 'CUSTOM' ? authorizers.get(String(route.AuthorizerId)) : undefined;
        return {
          routeKey: String(route.RouteKey),
          ...(functionArn === undefined ? {} : { functionArn }),
          ...(authorizer === undefined ? {} : { authorizer }),
        };
      });
    return { stack: stack.stack.name, logicalId, id, routes };
  });
};

export const restApisOf = (stack: DeployedStack): RestApiModel[] => {
  const resources = new Map(
    stack
      .resourcesOf('AWS::ApiGateway::Resource')
      .map(([logicalId, resource]) => [
        stack.context.ref(logicalId),
        propertiesOf(stack, resource) as { ParentId: string; PathPart: string },
      ]),
  );
  const pathOf = (resourceId: string): string => {
    const resource = resources.get(resourceId);
    if (resource === undefined) return '';
    return `${pathOf(resource.ParentId)}/${resource.PathPart}`;
  };
  const authorizers = new Map(
    stack.resourcesOf('AWS::ApiGateway::Authorizer').map(([logicalId, resource]) => {
      const properties = propertiesOf(stack, resource);
      return [
        stack.context.ref(logicalId),
        {
          id: stack.context.ref(logicalId),
          type: properties.Type === 'TOKEN' ? 'TOKEN' : 'REQUEST',
          functionArn: functionArnOfUri(String(properties.AuthorizerUri)) ?? String(properties.AuthorizerUri),
          identitySource: String(properties.IdentitySource ?? '')
            .split(',')
            .map((source) => source.trim())
            .filter(Boolean),
          ttlSeconds: Number(properties.AuthorizerResultTtlInSeconds ?? 300),
        } satisfies RestAuthorizerModel,
      ];
    }),
  );
  const byApi = (type: string, id: string) =>
    stack
      .resourcesOf(type)
      .map(([, resource]) => propertiesOf(stack, resource))
      .filter((properties) => properties.RestApiId === id);
  return stack.resourcesOf('AWS::ApiGateway::RestApi').map(([logicalId]) => {
    const id = stack.context.ref(logicalId);
    const methods = byApi('AWS::ApiGateway::Method', id).map((method): RestMethodModel => {
      const integration = (method.Integration ?? { Type: 'MOCK' }) as { Type: string; Uri?: string };
      const functionArn =
        integration.Type === 'AWS_PROXY' && integration.Uri !== undefined
          ? functionArnOfUri(integration.Uri)
          : undefined;
      const authorizer =
        method.AuthorizationType === 'CUSTOM' ? authorizers.get(String(method.AuthorizerId)) : undefined;
      return {
        httpMethod: String(method.HttpMethod),
        path: pathOf(String(method.ResourceId)) || '/',
        integration:
          functionArn === undefined
            ? {
                type: integration.Type as 'MOCK',
                ...(integration.Uri === undefined ? {} : { uri: integration.Uri }),
              }
            : { type: 'AWS_PROXY', functionArn },
        ...(authorizer === undefined ? {} : { authorizer }),
      };
    });
    const gatewayResponses = new Map(
      byApi('AWS::ApiGateway::GatewayResponse', id).map((response) => [
        String(response.ResponseType),
        {
          ...(response.StatusCode === undefined ? {} : { statusCode: String(response.StatusCode) }),
          templates: (response.ResponseTemplates ?? {}) as Record<string, string>,
          headers: (response.ResponseParameters ?? {}) as Record<string, string>,
        },
      ]),
    );
    const stages = byApi('AWS::ApiGateway::Stage', id).map((stage) => String(stage.StageName));
    return { stack: stack.stack.name, logicalId, id, stages, methods, gatewayResponses };
  });
};
