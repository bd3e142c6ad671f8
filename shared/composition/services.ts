import { emlFileMailer } from '../mail/eml-file-mailer.js';
import type { Mailer } from '../mail/mailer.js';
import { sesMailer } from '../mail/ses-mailer.js';
import { AccessPolicy } from '../services/directory/access-policy.js';
import type { RequestMeta } from '../services/directory/actor.js';
import { AuditTrail } from '../services/directory/audit-trail.js';
import { ContentService } from '../services/directory/content-service.js';
import { DirectoryService } from '../services/directory/directory-service.js';
import { MembershipService } from '../services/directory/membership-service.js';
import { ProjectService } from '../services/directory/project-service.js';
import { RoleService } from '../services/directory/role-service.js';
import { ExpiryMail } from '../services/notifications/expiry-mail.js';
import { CreatorRevocation } from '../services/tokens/creator-revocation.js';
import { IdentityService } from '../services/tokens/identity-service.js';
import { LeakReports } from '../services/tokens/leak-reports.js';
import { RevealableValues } from '../services/tokens/revealable-values.js';
import { selfAuthenticator } from '../services/tokens/self-authentication.js';
import { Sweeper } from '../services/tokens/sweeper.js';
import { TokenExpiry } from '../services/tokens/token-expiry.js';
import { TokenPolicyService } from '../services/tokens/token-policy-service.js';
import { TokenReveal } from '../services/tokens/token-reveal.js';
import { rotateOwnSecret } from '../services/tokens/token-rotation.js';
import { TokenService } from '../services/tokens/token-service.js';
import { UsageService } from '../services/tokens/usage-service.js';
import { VerificationService } from '../services/tokens/verification-service.js';
import { component } from './container.js';
import {
  auditRepository,
  clock,
  dataKeys,
  identityRepository,
  keys,
  logger,
  mailRepository,
  membershipRepository,
  ownerCounterRepository,
  principalRepository,
  projectRepository,
  rateCounterRepository,
  requestLogRepository,
  revealableValueRepository,
  roleRepository,
  sweepIndexRepository,
  tokenPolicyRepository,
  tokenRepository,
  usageRepository,
  workspaceRepository,
} from './store.js';
import { compromiseResponse, notifier, policyVerification, verification } from './verification.js';

/** The management API's services, each built from the parts it names. */

export const accessPolicy = /* @__PURE__ */ component(
  'accessPolicy',
  (c) =>
    new AccessPolicy({
      principals: c.get(principalRepository),
      workspaces: c.get(workspaceRepository),
      memberships: c.get(membershipRepository),
      roles: c.get(roleRepository),
      projects: c.get(projectRepository),
    }),
);

export const auditTrail = /* @__PURE__ */ component(
  'auditTrail',
  (c) => new AuditTrail(c.get(auditRepository), c.get(clock)),
);

/** Where mail goes: `.eml` files locally, SES on AWS; none when no sender is configured. */
export const mailer = /* @__PURE__ */ component('mailer', (c): Mailer | undefined => {
  const mail = c.options.mail;
  if (mail === undefined) return undefined;
  return mail.directory === undefined
    ? sesMailer(mail.from, mail.configurationSet)
    : emlFileMailer(mail.directory, mail.from, c.get(clock), c.get(logger));
});

export const expiryMail = /* @__PURE__ */ component('expiryMail', (c) => {
  const send = c.get(mailer);
  return send === undefined
    ? undefined
    : new ExpiryMail({
        mail: c.get(mailRepository),
        tokens: c.get(tokenRepository),
        principals: c.get(principalRepository),
        memberships: c.get(membershipRepository),
        mailer: send,
        clock: c.get(clock),
        logger: c.get(logger),
      });
});

export const tokenExpiry = /* @__PURE__ */ component(
  'tokenExpiry',
  (c) =>
    new TokenExpiry({
      tokens: c.get(tokenRepository),
      events: c.get(auditRepository),
      clock: c.get(clock),
      notifier: c.get(notifier),
      revealableValues: c.get(revealableValues),
    }),
);

export const sweeper = /* @__PURE__ */ component(
  'sweeper',
  (c) =>
    new Sweeper({
      tokens: c.get(tokenRepository),
      sweepIndex: c.get(sweepIndexRepository),
      counters: c.get(ownerCounterRepository),
      events: c.get(auditRepository),
      clock: c.get(clock),
      notifier: c.get(notifier),
      expiry: c.get(tokenExpiry),
      ...(c.get(expiryMail) === undefined ? {} : { mail: c.get(expiryMail) }),
      ...(c.options.maxTokensPerSweep === undefined ? {} : { maxTokensPerRun: c.options.maxTokensPerSweep }),
      onCounterCorrected: (counterKey, from, to) =>
        c.get(logger).warn('Corrected an active-token counter', { counterKey, from, to }),
    }),
);

export const identityService = /* @__PURE__ */ component(
  'identityService',
  (c) =>
    new IdentityService({
      identities: c.get(identityRepository),
      access: c.get(accessPolicy),
      audit: c.get(auditTrail),
      clock: c.get(clock),
    }),
);

export const usageService = /* @__PURE__ */ component(
  'usageService',
  (c) =>
    new UsageService({
      usage: c.get(usageRepository),
      tokens: c.get(tokenRepository),
      identities: c.get(identityService),
      access: c.get(accessPolicy),
      clock: c.get(clock),
    }),
);

/** Token values kept to be shown again, where a tenant opted in. */
export const revealableValues = /* @__PURE__ */ component(
  'revealableValues',
  (c) =>
    new RevealableValues({
      values: c.get(revealableValueRepository),
      policies: c.get(tokenPolicyRepository),
      dataKeys: c.get(dataKeys),
      clock: c.get(clock),
    }),
);

export const tokenReveal = /* @__PURE__ */ component(
  'tokenReveal',
  (c) =>
    new TokenReveal({
      tokens: c.get(tokenRepository),
      revealableValues: c.get(revealableValues),
      access: c.get(accessPolicy),
      audit: c.get(auditTrail),
      rateCounter: c.get(rateCounterRepository),
      clock: c.get(clock),
    }),
);

export const tokenService = /* @__PURE__ */ component(
  'tokenService',
  (c) =>
    new TokenService({
      tokens: c.get(tokenRepository),
      projects: c.get(projectRepository),
      identities: c.get(identityRepository),
      policies: c.get(tokenPolicyRepository),
      revealableValues: c.get(revealableValues),
      requestLogs: c.get(requestLogRepository),
      access: c.get(accessPolicy),
      audit: c.get(auditTrail),
      keys: c.get(keys),
      clock: c.get(clock),
      // Built only when a list or read meets a due token: most token operations never load the sweeper.
      expireDueTokensOf: (ownerKey) => c.get(tokenExpiry).expireDueTokensOf(ownerKey),
    }),
);

/** Ends the tokens a principal created: `POST …/tokens/revoke-by-creator`, and removing a member with them. */
export const creatorRevocation = /* @__PURE__ */ component(
  'creatorRevocation',
  (c) =>
    new CreatorRevocation({
      tokens: c.get(tokenRepository),
      workspaces: c.get(workspaceRepository),
      access: c.get(accessPolicy),
      tokenService: c.get(tokenService),
      clock: c.get(clock),
    }),
);

/**
 * `POST /v1/tokens/self/rotate`: a token asking for its successor. Apart from the token service, because
 * authenticating the token is a verification with reuse detection, which no other token operation needs.
 */
export const selfRotationService = /* @__PURE__ */ component('selfRotationService', (c) => {
  const deps = {
    tokens: c.get(tokenRepository),
    revealableValues: c.get(revealableValues),
    keys: c.get(keys),
    clock: c.get(clock),
    audit: c.get(auditTrail),
    selfAuthentication: selfAuthenticator(c.get(verification)),
  };
  return {
    rotate: (presented: string, meta: RequestMeta, options: { readonly gracePeriodSeconds: number }) =>
      rotateOwnSecret(deps, presented, meta, options),
  };
});

export const directoryService = /* @__PURE__ */ component(
  'directoryService',
  (c) =>
    new DirectoryService({
      principals: c.get(principalRepository),
      workspaces: c.get(workspaceRepository),
      memberships: c.get(membershipRepository),
      events: c.get(auditRepository),
      access: c.get(accessPolicy),
      audit: c.get(auditTrail),
      clock: c.get(clock),
    }),
);

export const membershipService = /* @__PURE__ */ component(
  'membershipService',
  (c) =>
    new MembershipService({
      principals: c.get(principalRepository),
      workspaces: c.get(workspaceRepository),
      memberships: c.get(membershipRepository),
      roles: c.get(roleRepository),
      access: c.get(accessPolicy),
      audit: c.get(auditTrail),
      clock: c.get(clock),
    }),
);

export const roleService = /* @__PURE__ */ component(
  'roleService',
  (c) =>
    new RoleService({
      roles: c.get(roleRepository),
      access: c.get(accessPolicy),
      audit: c.get(auditTrail),
      clock: c.get(clock),
    }),
);

export const projectService = /* @__PURE__ */ component(
  'projectService',
  (c) =>
    new ProjectService({
      projects: c.get(projectRepository),
      memberships: c.get(membershipRepository),
      counters: c.get(ownerCounterRepository),
      events: c.get(auditRepository),
      access: c.get(accessPolicy),
      audit: c.get(auditTrail),
      clock: c.get(clock),
    }),
);

export const contentService = /* @__PURE__ */ component(
  'contentService',
  (c) => new ContentService({ projects: c.get(projectRepository), clock: c.get(clock) }),
);

export const verificationService = /* @__PURE__ */ component(
  'verificationService',
  (c) =>
    new VerificationService({
      tokens: c.get(tokenRepository),
      access: c.get(accessPolicy),
      verification: c.get(policyVerification),
    }),
);

export const leakReportService = /* @__PURE__ */ component(
  'leakReportService',
  (c) =>
    new LeakReports({
      tokens: c.get(tokenRepository),
      keys: c.get(keys),
      compromise: c.get(compromiseResponse),
      rateCounter: c.get(rateCounterRepository),
      clock: c.get(clock),
      ...(c.options.leakReportsPerHour === undefined ? {} : { reportsPerHour: c.options.leakReportsPerHour }),
    }),
);

export const tokenPolicyService = /* @__PURE__ */ component(
  'tokenPolicyService',
  (c) =>
    new TokenPolicyService({
      policies: c.get(tokenPolicyRepository),
      revealableValues: c.get(revealableValues),
      tokens: c.get(tokenRepository),
      workspaces: c.get(workspaceRepository),
      access: c.get(accessPolicy),
      audit: c.get(auditTrail),
      clock: c.get(clock),
    }),
);
