import { readFileSync } from 'node:fs';
import type {
  APIGatewayRequestAuthorizerEvent,
  APIGatewayRequestAuthorizerEventV2,
  APIGatewayTokenAuthorizerEvent,
} from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { createHttpApiAuthorizer } from '../../../functions/authorizer/http-api.js';
import { createRestRequestAuthorizer } from '../../../functions/authorizer/rest-request.js';
import { createRestTokenAuthorizer } from '../../../functions/authorizer/rest-token.js';
import { sampleRoutePolicy } from '../../../sample-api/routes.js';
import type { Verifier } from '../../../shared/composition/verifier.js';
import { issueToken } from '../../../shared/domain/token-format.js';
import { createLogger } from '../../../shared/observability/logger.js';
import type { VerificationResult, VerifiedToken } from '../../../shared/verify/outcome.js';
import { RoutePolicy } from '../../../shared/verify/route-policy.js';
import { captureLogs } from '../../support/log-capture.js';

const siteId = '65a1f0c2e4b0a1b2c3d4e5f6';
const token = issueToken('s');
const fixture = <T>(name: string): T =>
  JSON.parse(
    readFileSync(new URL(`../../fixtures/authorizer/${name}.json`, import.meta.url), 'utf8')
      .replaceAll('{{token}}', token.value)
      .replaceAll('{{siteId}}', siteId),
  ) as T;

const verified: VerifiedToken = {
  id: token.tokenId,
  kind: 'site',
  ownerType: 'site',
  ownerId: siteId,
  workspaceId: 'aaaaaaaaaaaaaaaaaaaaaaaa',
  scopes: { sites: 'read' },
  createdAt: '2026-01-01T00:00:00.000Z',
  lastUsedAt: null,
  expiresAt: null,
  staleAt: '2027-01-01T00:00:00.000Z',
};

/** A verifier answering `result`, or failing like an unreachable store. */
const stubVerifier = (result: VerificationResult | Error) => {
  const verify = vi.fn(async () => {
    if (result instanceof Error) throw result;
    return result;
  });
  const verifier = {
    dependencies: { policy: new RoutePolicy(sampleRoutePolicy) },
    verify,
  } as unknown as Verifier;
  return { verifier: () => verifier, verify };
};

const quiet = createLogger('CRITICAL');
const valid: VerificationResult = { valid: true, code: 'VALID', token: verified };
const revoked: VerificationResult = { valid: false, code: 'REVOKED', token: verified };
const insufficient: VerificationResult = { valid: false, code: 'INSUFFICIENT_SCOPE', token: verified };

describe('Adapter: REST TOKEN authorizer', () => {
  const event = fixture<APIGatewayTokenAuthorizerEvent>('rest-token');

  it('verifies the method and path named by the method ARN', async () => {
    const { verifier, verify } = stubVerifier(valid);
    await createRestTokenAuthorizer(verifier, quiet)(event);
    expect(verify).toHaveBeenCalledWith(
      expect.objectContaining({ token: token.value, method: 'GET', path: `/v2/sites/${siteId}` }),
    );
  });

  it("allows exactly the routes the token's scopes grant, bound to its own site, so a cached policy stays right", async () => {
    const { verifier } = stubVerifier(valid);
    const result = await createRestTokenAuthorizer(verifier, quiet)(event);
    const stage = 'arn:aws:execute-api:eu-west-1:123456789012:abcdef1234/prod';
    expect(result.principalId).toBe(token.tokenId);
    expect(result.policyDocument.Statement).toEqual([
      {
        Action: 'execute-api:Invoke',
        Effect: 'Allow',
        Resource: [
          `${stage}/GET/v2/token/introspect`,
          `${stage}/GET/v2/sites`,
          `${stage}/GET/v2/sites/${siteId}`,
        ],
      },
    ]);
    expect(result.context).toMatchObject({
      tokenId: token.tokenId,
      kind: 'site',
      scopes: '{"sites":"read"}',
    });
  });

  it('fails with "Unauthorized" (401) for a revoked token', async () => {
    const { verifier } = stubVerifier(revoked);
    await expect(createRestTokenAuthorizer(verifier, quiet)(event)).rejects.toThrow(/^Unauthorized$/);
  });

  it('fails otherwise than "Unauthorized" when the store fails (AUTHORIZER_FAILURE, 503), and logs it with the request id but never the token', async () => {
    const { verifier } = stubVerifier(
      Object.assign(new Error('connect ECONNREFUSED'), { name: 'TimeoutError' }),
    );
    const logs = captureLogs();
    let failure: unknown;
    try {
      await createRestTokenAuthorizer(verifier, createLogger('INFO'))(event);
    } catch (error) {
      failure = error;
    } finally {
      logs.restore();
    }
    expect(failure).toMatchObject({ message: 'Token verification unavailable', code: 'STORE_UNAVAILABLE' });
    expect(String(failure)).not.toContain(token.value);
    expect(logs.text()).toContain('Verification failed; denying');
    expect(logs.text()).not.toContain(token.value);
  });
});

describe('Adapter: REST REQUEST authorizer', () => {
  const event = fixture<APIGatewayRequestAuthorizerEvent>('rest-request');

  it('passes path, source IP and lower-cased headers to verification', async () => {
    const { verifier, verify } = stubVerifier(insufficient);
    await createRestRequestAuthorizer(verifier, quiet)(event);
    expect(verify).toHaveBeenCalledWith(
      expect.objectContaining({
        method: 'POST',
        path: `/v2/sites/${siteId}/publish`,
        sourceIp: '203.0.113.9',
        headers: expect.objectContaining({ 'user-agent': 'curl/8.5.0' }),
      }),
    );
  });

  it('answers a valid token with Allow on the whole stage and the context', async () => {
    const { verifier } = stubVerifier(valid);
    const result = await createRestRequestAuthorizer(verifier, quiet)(event);
    expect(result.policyDocument.Statement).toEqual([
      {
        Action: 'execute-api:Invoke',
        Effect: 'Allow',
        Resource: ['arn:aws:execute-api:eu-west-1:123456789012:abcdef1234/prod/*'],
      },
    ]);
    expect(result.context).toMatchObject({ tokenId: token.tokenId, ownerId: siteId, code: 'VALID' });
  });

  it('answers a scope failure with Deny (403) carrying the code', async () => {
    const { verifier } = stubVerifier(insufficient);
    const result = await createRestRequestAuthorizer(verifier, quiet)(event);
    expect(result.policyDocument.Statement[0]).toMatchObject({ Effect: 'Deny' });
    expect(result.context?.code).toBe('INSUFFICIENT_SCOPE');
  });

  it('fails with "Unauthorized" for a missing header, without verifying', async () => {
    const { verifier, verify } = stubVerifier(valid);
    await expect(createRestRequestAuthorizer(verifier, quiet)({ ...event, headers: {} })).rejects.toThrow(
      'Unauthorized',
    );
    expect(verify).not.toHaveBeenCalled();
  });
});

describe('Adapter: HTTP API simple-response authorizer', () => {
  const event = fixture<APIGatewayRequestAuthorizerEventV2>('http-api-v2');

  it('strips the stage from the raw path and authorizes', async () => {
    const { verifier, verify } = stubVerifier(valid);
    const result = await createHttpApiAuthorizer(verifier, quiet)(event);
    expect(verify).toHaveBeenCalledWith(
      expect.objectContaining({ method: 'GET', path: `/v2/sites/${siteId}` }),
    );
    expect(result).toEqual({
      isAuthorized: true,
      context: expect.objectContaining({ tokenId: token.tokenId }),
    });
  });

  it.each([
    ['revoked', revoked],
    ['insufficient scope', insufficient],
  ])('answers %s with isAuthorized false', async (_, result) => {
    const { verifier } = stubVerifier(result);
    await expect(createHttpApiAuthorizer(verifier, quiet)(event)).resolves.toMatchObject({
      isAuthorized: false,
    });
  });

  it('fails when the store fails, which an HTTP API answers 500, a status clients retry', async () => {
    const { verifier } = stubVerifier(new Error('boom'));
    await expect(createHttpApiAuthorizer(verifier, quiet)(event)).rejects.toThrow(
      'Token verification unavailable',
    );
  });
});
