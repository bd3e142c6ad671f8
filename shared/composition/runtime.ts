import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { KeyProvider } from '../crypto/key-provider.js';
import type { Clock } from '../domain/clock.js';
import type { Logger } from '../observability/logger.js';
import type { AdminKeyGuard } from '../services/directory/admin-key-guard.js';
import type { ContentService } from '../services/directory/content-service.js';
import type { DirectoryService } from '../services/directory/directory-service.js';
import type { MembershipService } from '../services/directory/membership-service.js';
import type { ProjectService } from '../services/directory/project-service.js';
import type { TokenNotifier } from '../services/notifications/expiry-notifiers.js';
import type { LeakReports } from '../services/tokens/leak-reports.js';
import type { Sweeper } from '../services/tokens/sweeper.js';
import type { TokenPolicyService } from '../services/tokens/token-policy-service.js';
import type { TokenService } from '../services/tokens/token-service.js';
import type { VerificationService } from '../services/tokens/verification-service.js';
import type { AuditRepository } from '../store/audit-repository.js';
import type { MembershipRepository } from '../store/directory/membership-repository.js';
import type { PrincipalRepository } from '../store/directory/principal-repository.js';
import type { WorkspaceRepository } from '../store/directory/workspace-repository.js';
import type { OwnerCounterRepository } from '../store/owner-counters.js';
import type { ProjectRepository } from '../store/project-repository.js';
import type { RequestLogRepository } from '../store/request-log-repository.js';
import type { SweepIndexRepository } from '../store/sweep-index-repository.js';
import type { TokenRepository } from '../store/token-repository.js';
import type { VerificationDependencies } from '../verify/verify-token.js';
import type { CompositionOptions } from './container.js';
import { Container } from './container.js';
import {
  contentService,
  directoryService,
  leakReportService,
  membershipService,
  projectService,
  sweeper,
  tokenPolicyService,
  tokenService,
  verificationService,
} from './services.js';
import {
  auditRepository,
  clock,
  documents,
  dynamodb,
  keys,
  logger,
  membershipRepository,
  ownerCounterRepository,
  principalRepository,
  projectRepository,
  requestLogRepository,
  sweepIndexRepository,
  tokenRepository,
  workspaceRepository,
} from './store.js';
import { adminKeyGuard, adminKeyVerification, notifier, verification } from './verification.js';

/**
 * The whole service in one process — the local server, the CLI's sweep and the tests — as one object over
 * the composition root's container. Deployed functions never import this module: each takes only the
 * components its operation uses (shared/composition).
 */

export type RuntimeSettings = CompositionOptions;

export interface Runtime {
  /** The container every part below comes from; operations resolve their services from it. */
  readonly container: Container;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly keys: KeyProvider;
  /** Where expiry and compromise news goes. */
  readonly notifier: TokenNotifier;
  readonly dynamodb: DynamoDBClient;
  readonly documents: DynamoDBDocumentClient;
  readonly repositories: {
    readonly tokens: TokenRepository;
    readonly principals: PrincipalRepository;
    readonly workspaces: WorkspaceRepository;
    readonly memberships: MembershipRepository;
    readonly sweepIndex: SweepIndexRepository;
    readonly audit: AuditRepository;
    readonly projects: ProjectRepository;
    readonly requestLogs: RequestLogRepository;
    readonly counters: OwnerCounterRepository;
  };
  readonly tokens: TokenService;
  readonly directory: DirectoryService;
  readonly members: MembershipService;
  readonly projects: ProjectService;
  readonly content: ContentService;
  readonly verifications: VerificationService;
  readonly leakReports: LeakReports;
  readonly tokenPolicies: TokenPolicyService;
  readonly sweeper: Sweeper;
  /** Verification without cache or policy, for admin keys: a revoked key stops at once. */
  readonly verification: VerificationDependencies;
  /** Admin-key authentication: the verification pipeline over a store that remembers missing ids. */
  readonly adminKeys: { readonly guard: AdminKeyGuard; readonly verification: VerificationDependencies };
}

export const createRuntime = (settings: RuntimeSettings): Runtime => {
  const container = new Container(settings);
  const get = container.get.bind(container);
  return {
    container,
    clock: get(clock),
    logger: get(logger),
    keys: get(keys),
    notifier: get(notifier),
    dynamodb: get(dynamodb),
    documents: get(documents),
    repositories: {
      tokens: get(tokenRepository),
      principals: get(principalRepository),
      workspaces: get(workspaceRepository),
      memberships: get(membershipRepository),
      sweepIndex: get(sweepIndexRepository),
      audit: get(auditRepository),
      projects: get(projectRepository),
      requestLogs: get(requestLogRepository),
      counters: get(ownerCounterRepository),
    },
    tokens: get(tokenService),
    directory: get(directoryService),
    members: get(membershipService),
    projects: get(projectService),
    content: get(contentService),
    verifications: get(verificationService),
    leakReports: get(leakReportService),
    tokenPolicies: get(tokenPolicyService),
    sweeper: get(sweeper),
    verification: get(verification),
    adminKeys: { guard: get(adminKeyGuard), verification: get(adminKeyVerification) },
  };
};
