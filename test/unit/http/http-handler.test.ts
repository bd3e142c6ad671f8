import { describe, expect, it, vi } from 'vitest';
import { Container } from '../../../shared/composition/container.js';
import { clock, logger, principalRepository } from '../../../shared/composition/store.js';
import { adminKeyGuard, adminKeyVerification } from '../../../shared/composition/verification.js';
import type { KeyProvider } from '../../../shared/crypto/key-provider.js';
import { ManualClock } from '../../../shared/domain/clock.js';
import { ConflictError } from '../../../shared/domain/errors.js';
import { issueToken } from '../../../shared/domain/token-format.js';
import { httpHandler, type Operation } from '../../../shared/http/http-handler.js';
import { ok } from '../../../shared/http/responses.js';
import { routes } from '../../../shared/http/routes/index.js';
import { createLogger } from '../../../shared/observability/logger.js';
import { AdminKeyGuard } from '../../../shared/services/directory/admin-key-guard.js';
import type { PrincipalRepository } from '../../../shared/store/directory/principal-repository.js';
import { localTableNames } from '../../../shared/store/tables.js';
import type { VerificationDependencies } from '../../../shared/verify/verify-token.js';
import { httpApiEvent, lambdaContext } from '../../fixtures/events.js';
import { withWrongLastCharacter } from '../../support/tampered.js';

/** A container whose store records reads and finds nothing: enough to exercise the middleware stack. */
const stubContainer = () => {
  const get = vi.fn(async () => undefined);
  const verification = {
    store: { get, touch: vi.fn() },
    keys: {},
    clock: new ManualClock(),
    touchIntervalSeconds: 3600,
  };
  const container = new Container({ tables: localTableNames(), keys: {} as KeyProvider })
    .provide(logger, createLogger('CRITICAL'))
    .provide(clock, new ManualClock())
    .provide(adminKeyVerification, verification as unknown as VerificationDependencies)
    .provide(adminKeyGuard, new AdminKeyGuard(new ManualClock()))
    .provide(principalRepository, { getPrincipal: vi.fn() } as unknown as PrincipalRepository);
  return { container, get };
};

const invoke = async (operation: Operation, event: Parameters<ReturnType<typeof httpHandler>>[0]) => {
  const { container, get } = stubContainer();
  const response = await httpHandler(operation, { container: () => container, routes })(event, lambdaContext);
  return {
    response,
    body: response.body === undefined ? undefined : JSON.parse(response.body),
    storeReads: get.mock.calls.length,
  };
};

const echo: Operation = async ({ body, query }) => ok({ body, query });
const createSiteToken = 'POST /v1/sites/{siteId}/tokens';
const siteParams = { siteId: 'aaaaaaaaaaaaaaaaaaaaaaaa' };

describe('Function: httpHandler', () => {
  describe('Middleware: adminAuthentication', () => {
    it.each([
      ['no header', {}],
      ['an empty bearer', { authorization: 'Bearer ' }],
      ['another scheme', { authorization: `Basic ${issueToken('a').value}` }],
      ['garbage', { authorization: 'Bearer hello' }],
      ['a wrong checksum', { authorization: `Bearer ${withWrongLastCharacter(issueToken('a').value)}` }],
      ['a site token', { authorization: `Bearer ${issueToken('s').value}` }],
    ])('answers 401 for %s without reading the store', async (_, headers) => {
      const { response, body, storeReads } = await invoke(
        echo,
        httpApiEvent({ routeKey: createSiteToken, headers, pathParameters: siteParams }),
      );
      expect(response.statusCode).toBe(401);
      expect(body).toMatchObject({ code: 'unauthorized', requestId: 'req-1' });
      expect(response.headers?.['www-authenticate']).toContain('Bearer');
      expect(storeReads).toBe(0);
    });

    it('accepts the scheme in any case and reads the store once for a well-formed key', async () => {
      const authorization = `bEARER ${issueToken('a').value}`;
      const { response, storeReads } = await invoke(
        echo,
        httpApiEvent({ routeKey: createSiteToken, headers: { authorization }, pathParameters: siteParams }),
      );
      expect(response.statusCode).toBe(401);
      expect(storeReads).toBe(1);
    });
  });

  describe('Middleware: errorResponse', () => {
    it('authenticates before parsing the body, so anonymous callers learn nothing from validation', async () => {
      const event = httpApiEvent({
        routeKey: 'POST /v1/workspaces',
        body: '{"name":',
        headers: { 'content-type': 'application/json' },
      });
      const { response } = await invoke(echo, event);
      expect(response.statusCode).toBe(401);
    });

    it('answers 404 in the error shape for an unknown route key', async () => {
      const { response, body } = await invoke(echo, httpApiEvent({ routeKey: 'GET /nope' }));
      expect(response.statusCode).toBe(404);
      expect(body).toEqual({ code: 'not_found', message: expect.any(String), requestId: 'req-1' });
    });

    it('renders a domain error thrown by the operation with its status and code', async () => {
      const failing: Operation = async () => {
        throw new ConflictError('Already revoked.', 'token_not_active');
      };
      const { response, body } = await invoke(failing, httpApiEvent({ routeKey: 'GET /health' }));
      expect(response.statusCode).toBe(409);
      expect(body).toEqual({ code: 'token_not_active', message: 'Already revoked.', requestId: 'req-1' });
      expect(response.headers?.['cache-control']).toBe('no-store');
    });

    it('hides the message of an unexpected error behind a 500 internal_error', async () => {
      const failing: Operation = async () => {
        throw new TypeError('secret internals');
      };
      const { response, body } = await invoke(failing, httpApiEvent({ routeKey: 'GET /health' }));
      expect(response.statusCode).toBe(500);
      expect(JSON.stringify(body)).not.toContain('secret internals');
      expect(body.code).toBe('internal_error');
    });
  });
});
