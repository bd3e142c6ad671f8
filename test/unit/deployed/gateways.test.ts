import { describe, expect, it } from 'vitest';
import type { GatewayRequest } from '../../../local/deployed/gateway-io.js';
import { httpApiHandler } from '../../../local/deployed/http-api.js';
import type { InvocationResult } from '../../../local/deployed/lambda-host.js';
import type { HttpApiModel, RestApiModel } from '../../../local/deployed/model.js';
import { restApiHandler } from '../../../local/deployed/rest-api.js';

/** The emulated API Gateways over a recorded invoker: what each function is sent, and what callers get. */

const requestOf = (method: string, path: string, headers: Record<string, string> = {}): GatewayRequest => ({
  method,
  path,
  rawQueryString: '',
  headers,
  multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
  query: {},
  multiValueQuery: {},
  body: Buffer.alloc(0),
  sourceIp: '203.0.113.9',
  requestId: 'req-1',
  receivedAt: new Date('2026-12-02T12:00:00.000Z'),
});

const recordingInvoker = (answer: (arn: string, event: any) => InvocationResult) => {
  const calls: { arn: string; event: any; sourceArn: string }[] = [];
  return {
    calls,
    invoke: async (arn: string, event: unknown, sourceArn: string) => {
      calls.push({ arn, event, sourceArn });
      return answer(arn, event);
    },
  };
};

const context = (invoke: ReturnType<typeof recordingInvoker>['invoke']) => ({
  region: 'eu-west-1',
  accountId: '123456789012',
  invoke,
});

describe('Emulated HTTP API', () => {
  const api: HttpApiModel = {
    stack: 'S',
    logicalId: 'Api',
    id: 'api1',
    routes: [
      { routeKey: 'GET /v1/items/{id}', functionArn: 'fn:get' },
      { routeKey: 'GET /v1/items/special', functionArn: 'fn:special' },
      {
        routeKey: 'POST /v1/items',
        functionArn: 'fn:create',
        authorizer: {
          id: 'auth1',
          functionArn: 'fn:authorizer',
          identitySource: ['$request.header.Authorization'],
          simpleResponses: true,
          ttlSeconds: 300,
        },
      },
      { routeKey: '$default', functionArn: 'fn:default' },
    ],
  };

  it('routes by the most specific route key, then $default, with payload 2.0 and its response rules', async () => {
    const invoker = recordingInvoker((arn) =>
      arn === 'fn:get'
        ? { ok: true, result: { statusCode: 201, headers: { 'x-a': 'b' }, body: 'made' } }
        : { ok: true, result: { answer: 42 } },
    );
    const handle = httpApiHandler(api, context(invoker.invoke));

    const got = await handle(requestOf('GET', '/v1/items/7'));
    expect(got).toMatchObject({ status: 201, body: 'made', headers: { 'x-a': 'b' } });
    expect(invoker.calls[0]!.event).toMatchObject({
      version: '2.0',
      routeKey: 'GET /v1/items/{id}',
      rawPath: '/v1/items/7',
      pathParameters: { id: '7' },
      requestContext: { http: { method: 'GET', sourceIp: '203.0.113.9' }, stage: '$default' },
    });
    expect(invoker.calls[0]!.sourceArn).toBe(
      'arn:aws:execute-api:eu-west-1:123456789012:api1/$default/GET/v1/items/{id}',
    );
    expect((await handle(requestOf('GET', '/v1/items/special'))).status).toBe(200);
    expect(invoker.calls[1]!.arn).toBe('fn:special');
    // A result without statusCode is a 200 JSON body
    const fallback = await handle(requestOf('DELETE', '/anything'));
    expect(fallback).toMatchObject({ status: 200, body: '{"answer":42}' });
    expect(invoker.calls[2]!.event.routeKey).toBe('$default');
  });

  it('asks the authorizer once per identity within its TTL; 401 without one, 403 when refused', async () => {
    const invoker = recordingInvoker((arn, event) =>
      arn === 'fn:authorizer'
        ? { ok: true, result: { isAuthorized: event.identitySource[0] === 'good', context: { who: 'me' } } }
        : { ok: true, result: { statusCode: 200, body: JSON.stringify(event.requestContext.authorizer) } },
    );
    const handle = httpApiHandler(api, context(invoker.invoke));

    expect(await handle(requestOf('POST', '/v1/items'))).toMatchObject({ status: 401 });
    expect((await handle(requestOf('POST', '/v1/items', { authorization: 'bad' }))).status).toBe(403);
    const allowed = await handle(requestOf('POST', '/v1/items', { authorization: 'good' }));
    expect(allowed).toMatchObject({ status: 200, body: '{"lambda":{"who":"me"}}' });
    await handle(requestOf('POST', '/v1/items', { authorization: 'good' }));
    expect(invoker.calls.filter((call) => call.arn === 'fn:authorizer')).toHaveLength(2);
  });
});

describe('Emulated REST API', () => {
  const policy = (effect: string, resource: string) => ({
    principalId: 'p1',
    policyDocument: {
      Version: '2012-10-17',
      Statement: [{ Effect: effect, Action: 'execute-api:Invoke', Resource: resource }],
    },
    context: { code: effect === 'Allow' ? 'VALID' : 'INSUFFICIENT_SCOPE' },
  });
  const api = (type: 'TOKEN' | 'REQUEST', ttlSeconds = 0): RestApiModel => ({
    stack: 'S',
    logicalId: 'Api',
    id: 'rest1',
    stages: ['prod'],
    methods: [
      {
        httpMethod: 'GET',
        path: '/v2/sites/{siteId}',
        integration: { type: 'AWS_PROXY', functionArn: 'fn:site' },
        authorizer: {
          id: 'a1',
          type,
          functionArn: 'fn:authorizer',
          identitySource: ['method.request.header.Authorization'],
          ttlSeconds,
        },
      },
    ],
    gatewayResponses: new Map([
      [
        'ACCESS_DENIED',
        {
          statusCode: '403',
          templates: {
            'application/json': '{"code":"$context.authorizer.code","requestId":"$context.requestId"}',
          },
          headers: {},
        },
      ],
    ]),
  });

  it('sends a TOKEN authorizer the token and the method ARN, and the handler its context (payload 1.0)', async () => {
    const invoker = recordingInvoker((arn) =>
      arn === 'fn:authorizer'
        ? { ok: true, result: policy('Allow', 'arn:aws:execute-api:eu-west-1:123456789012:rest1/prod/GET/*') }
        : { ok: true, result: { statusCode: 200, body: 'site' } },
    );
    const handle = restApiHandler(api('TOKEN', 300), context(invoker.invoke));

    const answer = await handle(requestOf('GET', '/prod/v2/sites/s1', { authorization: 'Bearer t' }));
    expect(answer).toMatchObject({ status: 200, body: 'site' });
    expect(invoker.calls[0]!.event).toEqual({
      type: 'TOKEN',
      authorizationToken: 'Bearer t',
      methodArn: 'arn:aws:execute-api:eu-west-1:123456789012:rest1/prod/GET/v2/sites/s1',
    });
    expect(invoker.calls[1]!.event).toMatchObject({
      resource: '/v2/sites/{siteId}',
      path: '/v2/sites/s1',
      pathParameters: { siteId: 's1' },
      requestContext: { stage: 'prod', authorizer: { principalId: 'p1', code: 'VALID' } },
    });
    // Cached for the TTL: the second request does not ask again
    await handle(requestOf('GET', '/prod/v2/sites/s2', { authorization: 'Bearer t' }));
    expect(invoker.calls.filter((call) => call.arn === 'fn:authorizer')).toHaveLength(1);
  });

  it('answers with gateway responses: 401 Unauthorized, 403 with the template and context, 403 for no method', async () => {
    const invoker = recordingInvoker((_, event) =>
      event.headers.authorization === 'revoked'
        ? { ok: false, error: { errorType: 'Error', errorMessage: 'Unauthorized' } }
        : { ok: true, result: policy('Deny', event.methodArn) },
    );
    const handle = restApiHandler(api('REQUEST'), context(invoker.invoke));

    expect(await handle(requestOf('GET', '/prod/v2/sites/s1'))).toMatchObject({
      status: 401,
      body: '{"message":"Unauthorized"}',
    });
    expect((await handle(requestOf('GET', '/prod/v2/sites/s1', { authorization: 'revoked' }))).status).toBe(
      401,
    );
    expect(await handle(requestOf('GET', '/prod/v2/sites/s1', { authorization: 'narrow' }))).toMatchObject({
      status: 403,
      body: '{"code":"INSUFFICIENT_SCOPE","requestId":"req-1"}',
    });
    expect(await handle(requestOf('POST', '/prod/v2/sites/s1'))).toMatchObject({
      status: 403,
      body: '{"message":"Missing Authentication Token"}',
    });
    expect((await handle(requestOf('GET', '/beta/v2/sites/s1'))).status).toBe(403);
  });

  it('answers an authorizer that fails otherwise with AUTHORIZER_FAILURE: 500, or its gateway response with headers', async () => {
    const failing = recordingInvoker(() => ({
      ok: false,
      error: { errorType: 'Unavailable', errorMessage: 'Token verification unavailable' },
    }));
    const request = requestOf('GET', '/prod/v2/sites/s1', { authorization: 'Bearer t' });
    expect(await restApiHandler(api('REQUEST'), context(failing.invoke))(request)).toMatchObject({
      status: 500,
      body: '{"message":"Internal server error"}',
    });

    const withResponse = api('REQUEST');
    const responses = new Map(withResponse.gatewayResponses);
    responses.set('AUTHORIZER_FAILURE', {
      statusCode: '503',
      templates: { 'application/json': '{"code":"STORE_UNAVAILABLE","requestId":"$context.requestId"}' },
      headers: { 'gatewayresponse.header.retry-after': "'1'" },
    });
    const answer = await restApiHandler(
      { ...withResponse, gatewayResponses: responses },
      context(failing.invoke),
    )(request);
    expect(answer).toMatchObject({
      status: 503,
      headers: { 'retry-after': '1' },
      body: '{"code":"STORE_UNAVAILABLE","requestId":"req-1"}',
    });
  });
});
