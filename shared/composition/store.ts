import { localDataKeys } from '../crypto/data-keys.js';
import { systemClock } from '../domain/clock.js';
import { createLogger } from '../observability/logger.js';
import { AuditRepository } from '../store/audit-repository.js';
import { ChangeFeedRepository } from '../store/change-feed-repository.js';
import { createDocumentClient, createDynamoDbClient } from '../store/client.js';
import { CreditRepository } from '../store/credit-repository.js';
import { MembershipRepository } from '../store/directory/membership-repository.js';
import { PrincipalRepository } from '../store/directory/principal-repository.js';
import { RoleRepository } from '../store/directory/role-repository.js';
import { WorkspaceRepository } from '../store/directory/workspace-repository.js';
import { IdentityRepository } from '../store/identity-repository.js';
import { MailRepository } from '../store/mail-repository.js';
import { OwnerCounterRepository } from '../store/owner-counters.js';
import { ProjectRepository } from '../store/project-repository.js';
import { RateCounterRepository } from '../store/rate-counter-repository.js';
import { RequestLogRepository } from '../store/request-log-repository.js';
import { RevealableValueRepository } from '../store/revealable-value-repository.js';
import { SweepIndexRepository } from '../store/sweep-index-repository.js';
import { TokenPolicyRepository } from '../store/token-policy-repository.js';
import { TokenRepository } from '../store/token-repository.js';
import { TokenUsageRepository } from '../store/token-usage-repository.js';
import { UsageRepository } from '../store/usage-repository.js';
import { WebhookEndpointRepository } from '../store/webhooks/endpoint-repository.js';
import { WebhookOutboxRepository } from '../store/webhooks/outbox-repository.js';
import type { VerificationStore } from '../verify/verify-token.js';
import { component } from './container.js';

/** The process's clock, log, store clients, peppers and repositories. */

export const clock = /* @__PURE__ */ component('clock', ({ options }) => options.clock ?? systemClock);

export const logger = /* @__PURE__ */ component(
  'logger',
  ({ options }) => options.logger ?? createLogger(options.logLevel),
);

export const dynamodb = /* @__PURE__ */ component('dynamodb', ({ options }) =>
  createDynamoDbClient(options.store),
);

export const documents = /* @__PURE__ */ component('documents', (c) => createDocumentClient(c.get(dynamodb)));

export const keys = /* @__PURE__ */ component('keys', (c) => {
  const provider = c.options.keys;
  return typeof provider === 'function' ? provider(c.get(documents)) : provider;
});

export const tokenRepository = /* @__PURE__ */ component(
  'tokenRepository',
  (c) => new TokenRepository(c.get(documents), c.options.tables),
);

export const principalRepository = /* @__PURE__ */ component(
  'principalRepository',
  (c) => new PrincipalRepository(c.get(documents), c.options.tables.directory),
);

export const workspaceRepository = /* @__PURE__ */ component(
  'workspaceRepository',
  (c) => new WorkspaceRepository(c.get(documents), c.options.tables.directory),
);

export const membershipRepository = /* @__PURE__ */ component(
  'membershipRepository',
  (c) => new MembershipRepository(c.get(documents), c.options.tables.directory),
);

/** Custom administrator roles of workspaces and projects. */
export const roleRepository = /* @__PURE__ */ component(
  'roleRepository',
  (c) => new RoleRepository(c.get(documents), c.options.tables.directory),
);

export const projectRepository = /* @__PURE__ */ component(
  'projectRepository',
  (c) => new ProjectRepository(c.get(documents), c.options.tables.directory),
);

export const auditRepository = /* @__PURE__ */ component(
  'auditRepository',
  (c) => new AuditRepository(c.get(documents), c.options.tables.events),
);

export const requestLogRepository = /* @__PURE__ */ component(
  'requestLogRepository',
  (c) => new RequestLogRepository(c.get(documents), c.options.tables.events),
);

export const tokenPolicyRepository = /* @__PURE__ */ component(
  'tokenPolicyRepository',
  (c) => new TokenPolicyRepository(c.get(documents), c.options.tables.directory),
);

export const revealableValueRepository = /* @__PURE__ */ component(
  'revealableValueRepository',
  (c) => new RevealableValueRepository(c.get(documents), c.options.tables.directory),
);

/** Data keys for values kept to be shown again: KMS on AWS, the local key file otherwise. */
export const dataKeys = /* @__PURE__ */ component('dataKeys', (c) => {
  const provided = c.options.dataKeys;
  return provided === undefined ? localDataKeys(c.get(keys)) : provided;
});

export const mailRepository = /* @__PURE__ */ component(
  'mailRepository',
  (c) => new MailRepository(c.get(documents), c.options.tables.events),
);

export const rateCounterRepository = /* @__PURE__ */ component(
  'rateCounterRepository',
  (c) => new RateCounterRepository(c.get(documents), c.options.tables.tokens),
);

export const changeFeedRepository = /* @__PURE__ */ component(
  'changeFeedRepository',
  (c) => new ChangeFeedRepository(c.get(documents), c.options.tables.events, c.options.changeFeedReplicas),
);

export const ownerCounterRepository = /* @__PURE__ */ component(
  'ownerCounterRepository',
  (c) => new OwnerCounterRepository(c.get(documents), c.options.tables),
);

export const sweepIndexRepository = /* @__PURE__ */ component(
  'sweepIndexRepository',
  (c) => new SweepIndexRepository(c.get(documents), c.options.tables),
);

export const tokenUsageRepository = /* @__PURE__ */ component(
  'tokenUsageRepository',
  (c) => new TokenUsageRepository(c.get(documents), c.options.tables),
);

export const usageRepository = /* @__PURE__ */ component(
  'usageRepository',
  (c) => new UsageRepository(c.get(documents), c.options.tables.events),
);

export const webhookEndpointRepository = /* @__PURE__ */ component(
  'webhookEndpointRepository',
  (c) => new WebhookEndpointRepository(c.get(documents), c.options.tables),
);

export const webhookOutboxRepository = /* @__PURE__ */ component(
  'webhookOutboxRepository',
  (c) => new WebhookOutboxRepository(c.get(documents), c.options.tables),
);

export const identityRepository = /* @__PURE__ */ component(
  'identityRepository',
  (c) => new IdentityRepository(c.get(documents), c.options.tables),
);

/** What verification reads and writes: a token by id, its identity, and its throttled use. */
export const verificationStore = /* @__PURE__ */ component('verificationStore', (c): VerificationStore => {
  const tokens = c.get(tokenRepository);
  const identities = c.get(identityRepository);
  const usage = c.get(tokenUsageRepository);
  return {
    get: (tokenId) => tokens.get(tokenId),
    getIdentity: (identityId) => identities.get(identityId),
    touch: (tokenId, usedAt, notBefore, changes) => usage.touch(tokenId, usedAt, notBefore, changes),
  };
});

export const creditRepository = /* @__PURE__ */ component(
  'creditRepository',
  (c) => new CreditRepository(c.get(documents), c.options.tables),
);
