import autocannon from 'autocannon';
import type { APIGatewayAuthorizerResult } from 'aws-lambda';
import { startHttpServer } from '../../local/http-server.js';
import type { BenchEnvironment } from '../setup.js';
import { round } from '../stats.js';

const run = (url: string, headers: Record<string, string>, connections: number, duration: number) =>
  autocannon({ url, headers, connections, duration });

/**
 * `GET /v2/sites/{siteId}` through the local server with the real token authorizer, against the same
 * handler behind an authorizer stub that admits everything: what verification adds end to end.
 */
export const httpOverhead = async (
  env: BenchEnvironment,
  options: { connections: number; durationSeconds: number },
) => {
  const context = {
    tokenId: env.tokenId,
    kind: 'site',
    ownerType: 'site',
    ownerId: env.siteId,
    workspaceId: '',
    environmentId: '',
    scopes: '{}',
    code: 'VALID',
  };
  const admitAll = async (): Promise<APIGatewayAuthorizerResult> => ({
    principalId: env.tokenId,
    policyDocument: {
      Version: '2012-10-17',
      Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: ['*'] }],
    },
    context,
  });
  const baseline = await startHttpServer({ runtime: env.keyward.runtime, authorizer: admitAll });
  try {
    const path = `/v2/sites/${env.siteId}`;
    const headers = { authorization: `Bearer ${env.token}` };
    await run(`${env.keyward.url}${path}`, headers, options.connections, 1);
    const authorized = await run(
      `${env.keyward.url}${path}`,
      headers,
      options.connections,
      options.durationSeconds,
    );
    const unauthenticated = await run(
      `${baseline.url}${path}`,
      headers,
      options.connections,
      options.durationSeconds,
    );
    return {
      http: {
        connections: options.connections,
        durationSeconds: options.durationSeconds,
        authorizedRps: Math.round(authorized.requests.average),
        unauthenticatedRps: Math.round(unauthenticated.requests.average),
        ratioToUnauthenticated: round(authorized.requests.average / unauthenticated.requests.average, 3),
        authorizedP99Ms: authorized.latency.p99,
        unauthenticatedP99Ms: unauthenticated.latency.p99,
        addedP99Ms: round(authorized.latency.p99 - unauthenticated.latency.p99, 2),
        non2xx: authorized.non2xx + unauthenticated.non2xx,
      },
    };
  } finally {
    await baseline.close();
  }
};
