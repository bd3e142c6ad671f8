import type { DataKeys } from '../../crypto/data-keys.js';
import { openValue, sealValue } from '../../crypto/sealed-value.js';
import type { Clock } from '../../domain/clock.js';
import { tokenKinds } from '../../domain/kinds.js';
import type { TokenRecord } from '../../domain/token.js';
import type { TokenPolicy } from '../../domain/token-policy.js';
import type { RevealableValueRepository } from '../../store/revealable-value-repository.js';
import type { TokenPolicyRepository } from '../../store/token-policy-repository.js';
import type { TransactionStep } from '../../store/transact.js';

export interface RevealableValuesDependencies {
  readonly values: RevealableValueRepository;
  readonly policies: Pick<TokenPolicyRepository, 'get' | 'revealableStep'>;
  readonly dataKeys: DataKeys;
  readonly clock: Clock;
}

/**
 * Token values kept to be shown again, for tenants that opted in (`revealable`). A value is kept only if the
 * setting is on when it is made — in the same transaction as the token, on condition that it still is — so a
 * value made while it was off is never revealable, and turning it off leaves none behind.
 */
export class RevealableValues {
  public constructor(private readonly deps: RevealableValuesDependencies) {}

  /** The steps that keep a new value of `token` sealed, or none when its tenant does not keep values. */
  public async keepSteps(
    scope: string,
    token: Pick<TokenRecord, 'tokenId' | 'kind'>,
    value: string,
    policy?: TokenPolicy,
  ): Promise<TransactionStep[]> {
    if (!tokenKinds[token.kind].revealable) return [];
    if (!(policy ?? (await this.deps.policies.get(scope))).revealable) return [];
    const sealed = await sealValue(this.deps.dataKeys, token.tokenId, value);
    return [
      this.deps.policies.revealableStep(scope),
      this.deps.values.putStep(scope, token.tokenId, sealed, this.deps.clock.now().toISOString()),
    ];
  }

  /** The step that drops a token's kept value, if it may have one, with the change that ends the token. */
  public forgetSteps(scope: string, token: Pick<TokenRecord, 'tokenId' | 'kind'>): TransactionStep[] {
    return tokenKinds[token.kind].revealable ? [this.deps.values.deleteStep(scope, token.tokenId)] : [];
  }

  /** Drops every kept value of a tenant (the setting was turned off). */
  public forgetAll(scope: string): Promise<number> {
    return this.deps.values.deleteAll(scope);
  }

  /** A kept value, opened; `undefined` when none is kept. */
  public async open(scope: string, tokenId: string): Promise<string | undefined> {
    const sealed = await this.deps.values.get(scope, tokenId);
    return sealed === undefined ? undefined : openValue(this.deps.dataKeys, tokenId, sealed);
  }
}
