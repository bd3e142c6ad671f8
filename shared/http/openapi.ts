import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { prefixesOf, selfRotatableKinds, tokenKinds } from '../domain/kinds.js';
import { tokenPrefixOf } from '../domain/token-format.js';
import type { RouteDefinition } from './route.js';
import { routes } from './routes/index.js';
import { errorBody } from './schemas/common.js';

/** The OpenAPI 3.1 document, generated from the route table and its zod schemas. */

const ERROR_RESPONSES: Readonly<Record<number, string>> = {
  400: 'Malformed JSON body (`invalid_json`)',
  404: 'Unknown resource, or one in another tenant (`not_found`)',
  413: 'Body larger than 64 KiB (`payload_too_large`)',
  415: 'Body is not JSON (`unsupported_media_type`)',
  422: 'A field is invalid (`validation_error`, with `details`)',
  503: 'The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`)',
};

const AUTHENTICATED_ERROR_RESPONSES: Readonly<Record<number, string>> = {
  401: 'Missing or invalid admin key (`unauthorized`)',
  403: 'The admin key lacks the permission (`forbidden`, `plan_required`)',
  409: 'Conflicts with the current state (`token_limit_reached`, `token_not_active`)',
};

/** Who may call: an admin key, a Keyward token, or anyone (`[]`, said explicitly). */
const securityOf = (route: RouteDefinition): Array<Record<string, string[]>> => {
  if (route.auth === 'admin') return [{ adminKey: [] }];
  if (route.auth === 'token' || route.selfAuthenticated === true) return [{ keywardToken: [] }];
  return [];
};

const jsonContent = (schema: RouteDefinition['responses'][number]['schema']) =>
  schema === undefined ? undefined : { 'application/json': { schema } };

const register = (registry: OpenAPIRegistry, route: RouteDefinition): void => {
  const errors = { ...ERROR_RESPONSES, ...(route.auth === 'admin' ? AUTHENTICATED_ERROR_RESPONSES : {}) };
  registry.registerPath({
    method: route.method.toLowerCase() as Lowercase<RouteDefinition['method']>,
    path: route.path,
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    security: securityOf(route),
    request: {
      ...(route.request?.params === undefined ? {} : { params: route.request.params }),
      ...(route.request?.query === undefined ? {} : { query: route.request.query }),
      ...(route.request?.body === undefined
        ? {}
        : { body: { required: true, content: { 'application/json': { schema: route.request.body } } } }),
    },
    responses: {
      ...Object.fromEntries(
        Object.entries(route.responses).map(([status, spec]) => [
          status,
          {
            description: spec.description,
            ...(jsonContent(spec.schema) && { content: jsonContent(spec.schema) }),
          },
        ]),
      ),
      ...Object.fromEntries(
        Object.entries(errors).map(([status, description]) => [
          status,
          { description, content: jsonContent(errorBody) },
        ]),
      ),
    },
  });
};

let document: ReturnType<OpenApiGeneratorV31['generateDocument']> | undefined;

export const openApiDocument = (): ReturnType<OpenApiGeneratorV31['generateDocument']> => {
  if (document !== undefined) return document;
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'adminKey', {
    type: 'http',
    scheme: 'bearer',
    description: `An admin key: \`Authorization: Bearer ${tokenPrefixOf(tokenKinds.admin.prefixCode)}…\``,
  });
  registry.registerComponent('securitySchemes', 'keywardToken', {
    type: 'http',
    scheme: 'bearer',
    description: `A Keyward token (${prefixesOf(selfRotatableKinds)}) acting for itself`,
  });
  for (const route of routes) register(registry, route);
  document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Keyward management API',
      version: '1.0.0',
      description: 'Issue, list, rotate and revoke scoped API tokens.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    // Relative to where this document is served: the API's own origin.
    servers: [{ url: '/', description: 'This Keyward instance' }],
  });
  return document;
};
