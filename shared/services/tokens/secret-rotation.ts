import type { KeyProvider } from '../../crypto/key-provider.js';
import type { Clock } from '../../domain/clock.js';
import { DEFAULT_ROTATION_GRACE_SECONDS, GRACE_PERIOD_TAG } from '../../domain/declared-token.js';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import { tokenKinds } from '../../domain/kinds.js';
import { effectiveStatus, type TokenRecord } from '../../domain/token.js';
import { parseToken } from '../../domain/token-format.js';
import { type TokenRepository, tokenNotActive } from '../../store/token-repository.js';
import { CURRENT, PENDING, type SecretDescription, type TokenSecrets } from '../../store/token-secrets.js';
import { secretMatchOf } from '../../verify/secret-match.js';
import { type DeploymentActorDependencies, deploymentActor } from './declared-tokens.js';
import type { TokenService } from './token-service.js';

/**
 * Secrets Manager's rotation of a declared token's secret, in its four steps. Keyward issues values, so the
 * token gets its new value when the new version is created, and the value it replaces keeps working for the
 * grace period the secret's tag names: readers of AWSCURRENT switch to the new value within that time.
 *
 *   createSecret  regenerate the token (old value in grace) → new value as the AWSPENDING version
 *   setSecret     nothing to set: Keyward already accepts the value it issued
 *   testSecret    the pending value opens the token, which is active
 *   finishSecret  AWSCURRENT moves to the new version
 *
 * Each step may run again (Secrets Manager retries a failed rotation from its start, with the same version
 * id): a step whose work is done does nothing.
 */

export const ROTATION_STEPS = ['createSecret', 'setSecret', 'testSecret', 'finishSecret'] as const;
export type RotationStep = (typeof ROTATION_STEPS)[number];

/** A secret in a state no step can work from; Secrets Manager records the rotation as failed, and says why. */
const notRotatable = (message: string) => new ConflictError(message, 'conflict');

export interface SecretRotationDependencies extends DeploymentActorDependencies {
  readonly tokens: Pick<TokenService, 'regenerate'>;
  readonly records: Pick<TokenRepository, 'get'>;
  readonly secrets: TokenSecrets;
  readonly keys: KeyProvider;
  readonly clock: Clock;
}

/** The grace a secret's tag gives replaced values, else the default. */
export const gracePeriodOf = (secret: SecretDescription): number => {
  const tagged = secret.tags[GRACE_PERIOD_TAG];
  return tagged === undefined ? DEFAULT_ROTATION_GRACE_SECONDS : Number(tagged);
};

export class SecretRotation {
  public constructor(private readonly deps: SecretRotationDependencies) {}

  public async run(step: RotationStep, secretId: string, versionId: string): Promise<void> {
    const secret = await this.deps.secrets.describe(secretId);
    if (!secret.rotationEnabled) throw notRotatable(`Secret ${secretId} is not enabled for rotation.`);
    const stages = secret.versions[versionId];
    if (stages === undefined)
      throw notRotatable(`Version ${versionId} of secret ${secretId} is not being rotated.`);
    // A rotation that finished already: a retried step has nothing left to do.
    if (stages.includes(CURRENT)) return;
    if (!stages.includes(PENDING))
      throw notRotatable(`Version ${versionId} of secret ${secretId} is not AWSPENDING.`);
    await this[step](secretId, versionId, secret);
  }

  private async createSecret(secretId: string, versionId: string, secret: SecretDescription): Promise<void> {
    if ((await this.deps.secrets.get(secretId, { stage: PENDING, versionId })) !== undefined) return;
    const token = await this.#tokenOf(
      secretId,
      (await this.deps.secrets.get(secretId, { stage: CURRENT })) ?? '',
    );
    const kind = tokenKinds[token.kind];
    const actor = await deploymentActor(this.deps, token.createdBy);
    const issued = await this.deps.tokens.regenerate(
      actor,
      { requestId: versionId, userAgent: 'AWS Secrets Manager rotation' },
      { kind, ownerId: token.ownerId },
      token.tokenId,
      { gracePeriodSeconds: gracePeriodOf(secret) },
    );
    await this.deps.secrets.putPending(secretId, versionId, issued.token);
  }

  private async setSecret(): Promise<void> {
    // Keyward stored the new value's HMAC when it issued it in createSecret: there is nothing to set.
  }

  private async testSecret(secretId: string, versionId: string): Promise<void> {
    const pending = await this.deps.secrets.get(secretId, { stage: PENDING, versionId });
    if (pending === undefined) throw notRotatable(`Version ${versionId} of secret ${secretId} has no value.`);
    const token = await this.#tokenOf(secretId, pending);
    const parsed = parseToken(pending)!;
    const now = this.deps.clock.now();
    if ((await secretMatchOf(this.deps.keys, parsed.secret, token, now.getTime())) !== 'current')
      throw notRotatable(
        `The new value of secret ${secretId} is not token ${token.tokenId}'s current value.`,
      );
    if (effectiveStatus(token, now) !== 'active') throw tokenNotActive(token.tokenId);
  }

  private async finishSecret(secretId: string, versionId: string, secret: SecretDescription): Promise<void> {
    const current = Object.entries(secret.versions).find(([, stages]) => stages.includes(CURRENT))?.[0];
    await this.deps.secrets.promote(secretId, versionId, current);
  }

  /** The token a secret value belongs to: it must be a Keyward token that exists. */
  async #tokenOf(secretId: string, value: string): Promise<TokenRecord> {
    const parsed = parseToken(value);
    const token = parsed === undefined ? undefined : await this.deps.records.get(parsed.tokenId);
    if (token === undefined)
      throw new NotFoundError(`Secret ${secretId} does not hold a Keyward token that exists.`);
    return token;
  }
}
