import type { RequestOrigin } from '../../domain/audit-event.js';

/** Who is calling the management API: the principal behind an admin key. */
export interface Actor {
  readonly principalId: string;
  /** Id of the admin key used; never its value. */
  readonly keyId: string;
  readonly isOwner: boolean;
}

/** The caller of a protected API, as the token authorizer identified it. */
export interface TokenCaller {
  readonly tokenId: string;
  readonly kind: string;
  readonly ownerType: string;
  readonly ownerId: string;
  readonly workspaceId?: string;
  readonly environmentId?: string;
  /** The identity the token belongs to, and the protected API's own id for it (its `externalId`). */
  readonly identityId?: string;
  readonly externalId?: string;
}

/** Where a request came from, for the audit log. */
export interface RequestMeta {
  readonly requestId?: string;
  readonly sourceIp?: string;
  readonly userAgent?: string;
  /** When the request arrived (ISO), by the service's clock. */
  readonly receivedAt?: string;
}

export const originOf = (
  actor: Actor | undefined,
  { receivedAt: _notAnOrigin, ...meta }: RequestMeta,
): RequestOrigin => ({
  ...(actor === undefined ? {} : { principalId: actor.principalId, keyId: actor.keyId }),
  ...meta,
});
