import type { AuditTarget } from './audit-event.js';
import type { CreditAttributes } from './credits.js';
import { auditTargetOfIdentity, type IdentityRecord, identityKeyOf } from './identity.js';
import { auditScopeOfToken, auditTargetOfToken, type TokenRecord, tokenDescriptionOf } from './token.js';

/** What holds credits — a token or an identity — as spends and notices see it. */
export interface CreditHolder
  extends Pick<CreditAttributes, 'creditsRefill' | 'creditsGrant' | 'creditsLowNotice'> {
  /** The holder's item in the Tokens table, where its balance is. */
  readonly key: string;
  /** Where its audit events go. */
  readonly scope: string;
  readonly target: AuditTarget;
  /** What news about it says: who it is, never what it is. */
  readonly description: Readonly<Record<string, string>>;
}

const creditsOf = (holder: CreditAttributes) => ({
  ...(holder.creditsRefill === undefined ? {} : { creditsRefill: holder.creditsRefill }),
  ...(holder.creditsGrant === undefined ? {} : { creditsGrant: holder.creditsGrant }),
  ...(holder.creditsLowNotice === undefined ? {} : { creditsLowNotice: holder.creditsLowNotice }),
});

export const creditHolderOfToken = (token: TokenRecord): CreditHolder => ({
  key: token.tokenId,
  scope: auditScopeOfToken(token),
  target: auditTargetOfToken(token),
  description: tokenDescriptionOf(token),
  ...creditsOf(token),
});

export const creditHolderOfIdentity = (identity: IdentityRecord): CreditHolder => ({
  key: identityKeyOf(identity.identityId),
  scope: identity.scope,
  target: auditTargetOfIdentity(identity),
  description: { identityId: identity.identityId, externalId: identity.externalId, scope: identity.scope },
  ...creditsOf(identity),
});
