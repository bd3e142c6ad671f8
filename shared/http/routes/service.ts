import * as z from 'zod';
import type { RouteDefinition } from '../route.js';

/** What the service says of itself: that it is up, and what its API is. */

export const serviceRoutes: readonly RouteDefinition[] = [
  {
    method: 'GET',
    path: '/health',
    operationId: 'getHealth',
    summary: 'Liveness: answers 200 once the tables exist',
    tag: 'Service',
    handler: 'functions/service/health',
    auth: 'none',
    responses: { 200: { description: 'Healthy', schema: z.object({ status: z.literal('ok') }) } },
  },
  {
    method: 'GET',
    path: '/openapi.json',
    operationId: 'getOpenApiDocument',
    summary: 'This API as an OpenAPI 3.1 document',
    tag: 'Service',
    handler: 'functions/service/openapi',
    auth: 'none',
    responses: { 200: { description: 'OpenAPI 3.1 document' } },
  },
];
