import type { TokenKind } from './kinds.js';

/** One token in an expiry warning: which it is, whose, and when it ends. Never its value. */
export interface ExpiryNotice {
  readonly tokenId: string;
  readonly name: string;
  readonly kind: TokenKind;
  readonly ownerType: string;
  readonly ownerId: string;
  readonly daysLeft: number;
  readonly endsAt: string;
}
