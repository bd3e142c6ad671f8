import type { Clock } from '../../domain/clock.js';
import type { Principal, ResourceType } from '../../domain/directory.js';
import type { ExpiryNotice } from '../../domain/expiry-notice.js';
import type { TokenKind } from '../../domain/kinds.js';
import type { TokenRecord } from '../../domain/token.js';
import { expiryDigestOf } from '../../mail/expiry-digest.js';
import type { Mailer } from '../../mail/mailer.js';
import type { Logger } from '../../observability/logger.js';
import type { MembershipRepository } from '../../store/directory/membership-repository.js';
import type { PrincipalRepository } from '../../store/directory/principal-repository.js';
import type { MailRepository, PendingNotice } from '../../store/mail-repository.js';
import type { TokenRepository } from '../../store/token-repository.js';
import type { TransactionStep } from '../../store/transact.js';

/**
 * Recipients one notice is queued for at most: its transaction also holds the token's mark and audit event,
 * and DynamoDB allows 100 items.
 */
const MAX_RECIPIENTS = 90;

/** Whose admins hear of a token's end, by the token's owner type: the owner, and a site's workspace. */
const ADMINS_OF: Readonly<
  Record<string, (token: Pick<TokenRecord, 'ownerId' | 'workspaceId'>) => [ResourceType, string][]>
> = {
  site: (token) => [
    ['site', token.ownerId],
    ...(token.workspaceId === undefined ? [] : [['workspace', token.workspaceId] as [ResourceType, string]]),
  ],
  workspace: (token) => [['workspace', token.ownerId]],
  project: (token) => [['project', token.ownerId]],
};

export interface ExpiryMailDependencies {
  readonly mail: MailRepository;
  readonly tokens: Pick<TokenRepository, 'get'>;
  readonly principals: Pick<PrincipalRepository, 'getPrincipals'>;
  readonly memberships: Pick<MembershipRepository, 'listMembers'>;
  readonly mailer: Mailer;
  readonly clock: Clock;
  readonly logger: Logger;
}

const mailable = (principal: Principal | undefined): principal is Principal & { email: string } =>
  principal?.email !== undefined && principal.emailNotifications !== false;

/**
 * Expiry warnings by email (GitLab's model): the token's creator and its owner's admins who have an email address
 * and have not opted out. A notice is queued per recipient in the transaction that issues it, so none is lost;
 * each sweep then sends every recipient one digest a day of all their waiting notices.
 */
export class ExpiryMail {
  public constructor(private readonly deps: ExpiryMailDependencies) {}

  /** The steps that queue a notice for everyone who should hear of it (none when nobody has an address). */
  public async noticeSteps(
    token: Pick<TokenRecord, 'tokenId' | 'name' | 'kind' | 'ownerType' | 'ownerId' | 'workspaceId'>,
    daysLeft: number,
    endsAt: string,
  ): Promise<TransactionStep[]> {
    const recipients = await this.#recipientsOf(token);
    const now = this.deps.clock.now();
    const notice: ExpiryNotice = {
      tokenId: token.tokenId,
      name: token.name,
      kind: token.kind as TokenKind,
      ownerType: token.ownerType,
      ownerId: token.ownerId,
      daysLeft,
      endsAt,
    };
    return recipients
      .slice(0, MAX_RECIPIENTS)
      .map((principal) => this.deps.mail.pendingStep({ ...notice, principalId: principal.id }, now));
  }

  /**
   * Sends each recipient with waiting notices one digest, unless they had one today (theirs then wait for
   * tomorrow). A recipient who opted out or lost their address since is skipped and their notices dropped.
   */
  public async sendDigests(): Promise<number> {
    const now = this.deps.clock.now();
    const today = now.toISOString().slice(0, 10);
    const byPrincipal = new Map<string, PendingNotice[]>();
    for (const notice of await this.deps.mail.pending()) {
      byPrincipal.set(notice.principalId, [...(byPrincipal.get(notice.principalId) ?? []), notice]);
    }
    if (byPrincipal.size === 0) return 0;
    const principals = new Map(
      (await this.deps.principals.getPrincipals([...byPrincipal.keys()])).map((p) => [p.id, p]),
    );
    let sent = 0;
    for (const [principalId, notices] of byPrincipal) {
      const principal = principals.get(principalId);
      if (!mailable(principal)) {
        await this.#remove(notices);
        continue;
      }
      if (!(await this.deps.mail.claimDay(principalId, today, now))) continue;
      try {
        await this.deps.mailer.send(expiryDigestOf(principal.email, soonestPerToken(notices)));
      } catch (error) {
        await this.deps.mail.releaseDay(principalId, today);
        this.deps.logger.error('An expiry digest could not be sent; the next sweep tries again', {
          principalId,
          errorName: (error as Error).name,
        });
        continue;
      }
      await this.#remove(notices);
      sent += 1;
    }
    return sent;
  }

  async #recipientsOf(
    token: Pick<TokenRecord, 'tokenId' | 'ownerType' | 'ownerId' | 'workspaceId'>,
  ): Promise<Principal[]> {
    const ids = new Set<string>();
    const creator = (await this.deps.tokens.get(token.tokenId))?.createdBy;
    if (creator !== undefined) ids.add(creator);
    for (const [type, id] of ADMINS_OF[token.ownerType]?.(token) ?? []) {
      for (const member of await this.deps.memberships.listMembers(type, id)) {
        if (member.role === 'admin') ids.add(member.principalId);
      }
    }
    if (ids.size === 0) return [];
    return (await this.deps.principals.getPrincipals([...ids])).filter(mailable);
  }

  async #remove(notices: readonly PendingNotice[]): Promise<void> {
    for (const notice of notices) await this.deps.mail.removePending(notice);
  }
}

/** A token warned at two thresholds before its recipient's digest went out appears once, with the nearer one. */
const soonestPerToken = (notices: readonly PendingNotice[]): PendingNotice[] => [
  ...notices
    .reduce((soonest, notice) => {
      const seen = soonest.get(notice.tokenId);
      if (seen === undefined || notice.daysLeft < seen.daysLeft) soonest.set(notice.tokenId, notice);
      return soonest;
    }, new Map<string, PendingNotice>())
    .values(),
];
