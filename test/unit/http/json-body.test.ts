import middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { KeywardError } from '../../../shared/domain/errors.js';
import { jsonBody } from '../../../shared/http/middlewares/json-body.js';
import { validateRequest } from '../../../shared/http/middlewares/validate-request.js';
import { requireState, setState } from '../../../shared/http/request-state.js';
import type { RouteDefinition } from '../../../shared/http/route.js';
import { httpApiEvent, lambdaContext } from '../../fixtures/events.js';

const route = {
  method: 'POST',
  path: '/things/{thingId}',
  request: {
    params: z.object({ thingId: z.string().regex(/^[0-9a-f]{24}$/) }),
    query: z.object({ limit: z.coerce.number().int().max(100).default(20) }),
    body: z.strictObject({ name: z.string().min(1), tags: z.array(z.string()).optional() }),
  },
} as unknown as RouteDefinition;

/** Runs jsonBody + validateRequest on a literal event and returns what the handler saw, or the error. */
const run = async (overrides: Partial<APIGatewayProxyEventV2>) => {
  const event = httpApiEvent({
    routeKey: 'POST /things/{thingId}',
    pathParameters: { thingId: 'aaaaaaaaaaaaaaaaaaaaaaaa' },
    headers: { 'content-type': 'application/json' },
    ...overrides,
  });
  const handler = middy<APIGatewayProxyEventV2, unknown>()
    .before(async (request) => {
      setState(request.event, {
        route,
        requestId: 'r',
        startedAt: 0,
        meta: {},
        params: {},
        query: {},
        body: undefined,
      });
    })
    .use(jsonBody())
    .use(validateRequest())
    .handler(async (e) => requireState(e));
  try {
    return { state: (await handler(event, lambdaContext)) as ReturnType<typeof requireState> };
  } catch (error) {
    return { error: error as KeywardError };
  }
};

describe('Middleware: jsonBody', () => {
  it('parses a JSON body', async () => {
    const { state } = await run({ body: '{"name":"x"}' });
    expect(state?.body).toEqual({ name: 'x' });
  });

  it('accepts a charset parameter and +json media types', async () => {
    expect(
      (await run({ body: '{"name":"x"}', headers: { 'content-type': 'application/json; charset=utf-8' } }))
        .state,
    ).toBeDefined();
    expect(
      (await run({ body: '{"name":"x"}', headers: { 'content-type': 'application/merge-patch+json' } }))
        .state,
    ).toBeDefined();
  });

  it('decodes base64 bodies as API Gateway sends binary payloads', async () => {
    const { state } = await run({
      body: Buffer.from('{"name":"b"}').toString('base64'),
      isBase64Encoded: true,
    });
    expect(state?.body).toEqual({ name: 'b' });
  });

  it.each([
    ['malformed JSON', '{"name":', 'application/json', 400, 'invalid_json'],
    [
      'nesting deeper than 32',
      `{"name":"x","tags":${'['.repeat(40)}${']'.repeat(40)}}`,
      'application/json',
      400,
      'invalid_json',
    ],
    ['a form body', 'name=x', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type'],
    [
      'a body over 64 KiB',
      JSON.stringify({ name: 'x'.repeat(70_000) }),
      'application/json',
      413,
      'payload_too_large',
    ],
  ])('rejects %s with %i %s', async (_, body, contentType, status, code) => {
    const { error } = await run({ body, headers: { 'content-type': contentType } });
    expect(error).toBeInstanceOf(KeywardError);
    expect(error).toMatchObject({ status, code });
  });

  it('rejects a body without a media type with 415', async () => {
    const { error } = await run({ body: '{"name":"x"}', headers: {} });
    expect(error).toMatchObject({ status: 415 });
  });

  it('does not let a __proto__ key reach the prototype', async () => {
    const { error } = await run({ body: '{"name":"x","__proto__":{"polluted":true}}' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(error).toMatchObject({ status: 422 });
  });

  it('ignores braces inside strings when measuring depth', async () => {
    const { state } = await run({ body: JSON.stringify({ name: '['.repeat(100) }) });
    expect(state?.body).toEqual({ name: '['.repeat(100) });
  });
});

describe('Middleware: validateRequest', () => {
  it('reads an empty body as {} so the missing fields are named', async () => {
    const { error } = await run({});
    expect(error).toMatchObject({ status: 422, details: [{ path: 'name', message: expect.any(String) }] });
  });

  it('reports every invalid field of query and body at once', async () => {
    const { error } = await run({ body: '{"name":"","extra":1}', queryStringParameters: { limit: '500' } });
    const paths = error?.details?.map((detail) => detail.path);
    expect(paths).toEqual(expect.arrayContaining(['query.limit', 'name', '']));
  });

  it('answers a malformed id in the path with 404, like an unknown one', async () => {
    const { error } = await run({ body: '{"name":"x"}', pathParameters: { thingId: '../etc' } });
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('applies query defaults', async () => {
    const { state } = await run({ body: '{"name":"x"}' });
    expect(state?.query).toEqual({ limit: 20 });
  });
});
