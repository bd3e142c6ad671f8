import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { type ErrorDetail, NotFoundError, ValidationError } from '../../domain/errors.js';
import { detailsOf } from '../error-details.js';
import { requireState } from '../request-state.js';

type Middleware = MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>;

/**
 * Validates path parameters, query and body against the route's zod schemas. A malformed id in the path
 * answers 404 like an unknown one; a bad query or body answers 422 with every offending field.
 */
export const validateRequest = (): Middleware => ({
  before: async ({ event }) => {
    const state = requireState(event);
    const { params, query, body } = state.route.request ?? {};
    if (params !== undefined) {
      const parsed = params.safeParse(event.pathParameters ?? {});
      if (!parsed.success) throw new NotFoundError('No resource has that id.');
      state.params = parsed.data as Record<string, string>;
    }
    const details: ErrorDetail[] = [];
    if (query !== undefined) {
      const parsed = query.safeParse(event.queryStringParameters ?? {});
      if (parsed.success) state.query = parsed.data as Record<string, unknown>;
      else details.push(...detailsOf(parsed.error, 'query'));
    }
    if (body !== undefined) {
      const parsed = body.safeParse(state.body);
      if (parsed.success) state.body = parsed.data;
      else details.push(...detailsOf(parsed.error, ''));
    }
    if (details.length > 0) throw new ValidationError(details);
  },
});
