import type { KeyProvider } from '../../crypto/key-provider.js';
import type { Clock } from '../../domain/clock.js';
import { declaredTokenIdOf } from '../../domain/declared-token.js';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import { tokenKinds } from '../../domain/kinds.js';
import { effectiveStatus, type TokenRecord } from '../../domain/token.js';
import { parseToken } from '../../domain/token-format.js';
import type { PrincipalRepository } from '../../store/directory/principal-repository.js';
import type { TokenRepository } from '../../store/token-repository.js';
import { CURRENT, type TokenSecrets } from '../../store/token-secrets.js';
import { secretMatchOf } from '../../verify/secret-match.js';
import type { Actor, RequestMeta } from '../directory/actor.js';
import type { TokenOwner } from './owned-token.js';
import type { TokenInput, TokenPatch, TokenService } from './token-service.js';

/**
 * Tokens a deployment declares (`KeywardToken`): minted, changed in place and ended by CloudFormation's
 * requests, each value written straight into the token's Secrets Manager secret and nowhere else. Every step
 * can be retried: the token of a request has an id derived from the request, so a second attempt finds what
 * the first one made, and ending a token that has ended is done.
 */

/** One CloudFormation request for a declared token. */
export interface DeploymentRequest {
  readonly stackId: string;
  readonly logicalResourceId: string;
  readonly requestId: string;
  /** The secret the token's value lives in. */
  readonly secretId: string;
}

/** `keyId` of a deployment's actor: it presents no admin key, its role's IAM permissions let it in. */
export const DEPLOYMENT_KEY_ID = 'cloudformation';

export interface DeploymentActorDependencies {
  readonly principals: Pick<PrincipalRepository, 'getPrincipal' | 'instanceOwnerId'>;
}

/**
 * The principal a deployment acts as, with its roles: the one it names, else the instance owner. Keyward's
 * own rules bind it as they bind a person: it may only mint what its roles allow.
 */
export const deploymentActor = async (
  { principals }: DeploymentActorDependencies,
  principalId: string | undefined,
): Promise<Actor> => {
  const id = principalId ?? (await principals.instanceOwnerId());
  if (id === undefined)
    throw new NotFoundError(
      'This Keyward has no owner yet: run `npm run bootstrap` before deploying tokens.',
    );
  const principal = await principals.getPrincipal(id);
  if (principal === undefined) throw new NotFoundError(`Principal ${id} was not found.`);
  return { principalId: id, keyId: DEPLOYMENT_KEY_ID, isOwner: principal.instanceRole === 'owner' };
};

/** What the audit log records of where a deployment's change came from. */
export const deploymentMeta = (
  request: Pick<DeploymentRequest, 'requestId' | 'logicalResourceId'>,
): RequestMeta => ({
  requestId: request.requestId,
  userAgent: `AWS CloudFormation (${request.logicalResourceId})`,
});

export interface DeclaredTokensDependencies extends DeploymentActorDependencies {
  readonly tokens: Pick<TokenService, 'create' | 'update' | 'regenerate' | 'revoke' | 'remove'>;
  readonly records: Pick<TokenRepository, 'get'>;
  readonly secrets: Pick<TokenSecrets, 'putCurrent' | 'get'>;
  readonly keys: KeyProvider;
  readonly clock: Clock;
}

export class DeclaredTokens {
  public constructor(private readonly deps: DeclaredTokensDependencies) {}

  /**
   * Mints the request's token, its value delivered to the secret before the token is stored. When an earlier
   * attempt stored it, the secret opens it already; if the secret was overwritten since, the token gets a
   * new value (the kinds that cannot be regenerated fail instead, naming why).
   */
  public async issue(
    owner: TokenOwner,
    input: TokenInput,
    createdBy: string | undefined,
    request: DeploymentRequest,
  ): Promise<string> {
    const tokenId = declaredTokenIdOf(request);
    const actor = await deploymentActor(this.deps, createdBy);
    const meta = deploymentMeta(request);
    let token = await this.deps.records.get(tokenId);
    if (token === undefined) {
      try {
        await this.deps.tokens.create(actor, meta, owner, input, {
          tokenId,
          deliver: (value) => this.deps.secrets.putCurrent(request.secretId, value),
        });
        return tokenId;
      } catch (error) {
        // Another attempt at the same request may have stored it meanwhile; any other failure is the answer.
        token = await this.deps.records.get(tokenId);
        if (token === undefined) throw error;
      }
    }
    if (await this.#secretOpens(request.secretId, token)) return tokenId;
    if (!owner.kind.regenerable) {
      throw new ConflictError(
        `The secret no longer holds the value of ${owner.kind.label} ${tokenId}, and a ${owner.kind.label} cannot be regenerated.`,
        'token_changed',
      );
    }
    const issued = await this.deps.tokens.regenerate(actor, meta, owner, tokenId, { gracePeriodSeconds: 0 });
    await this.deps.secrets.putCurrent(request.secretId, issued.token);
    return tokenId;
  }

  /** Applies a change made in place; `false` when the token is no longer active, so a new one must replace it. */
  public async update(
    tokenId: string,
    owner: TokenOwner,
    patch: TokenPatch,
    createdBy: string | undefined,
    request: DeploymentRequest,
  ): Promise<boolean> {
    if (!(await this.isActive(tokenId))) return false;
    const actor = await deploymentActor(this.deps, createdBy);
    await this.deps.tokens.update(actor, deploymentMeta(request), owner, tokenId, patch);
    return true;
  }

  /** Whether the token still works: a token revoked or expired outside the deployment is replaced by the next one. */
  public async isActive(tokenId: string): Promise<boolean> {
    const token = await this.#find(tokenId);
    return token !== undefined && effectiveStatus(token, this.deps.clock.now()) === 'active';
  }

  /** Ends the token as its kind's DELETE does (revoked, or deleted); a token already ended is done. */
  public async end(
    tokenId: string,
    createdBy: string | undefined,
    request: DeploymentRequest,
  ): Promise<void> {
    const token = await this.#find(tokenId);
    if (token === undefined || token.status !== 'active') return;
    const kind = tokenKinds[token.kind];
    const owner: TokenOwner = { kind, ownerId: token.ownerId };
    const actor = await deploymentActor(this.deps, createdBy);
    const meta = deploymentMeta(request);
    try {
      if (kind.onDelete === 'remove') await this.deps.tokens.remove(actor, meta, owner, tokenId);
      else await this.deps.tokens.revoke(actor, meta, owner, tokenId);
    } catch (error) {
      // Ended by someone else between the read and the write: the request's work is done all the same.
      if (error instanceof ConflictError && error.code === 'token_not_active') return;
      throw error;
    }
  }

  /** A physical id that is not a token id (a create that failed) names no token. */
  #find(tokenId: string): Promise<TokenRecord | undefined> {
    return /^[0-9a-f]{24}$/.test(tokenId) ? this.deps.records.get(tokenId) : Promise.resolve(undefined);
  }

  async #secretOpens(secretId: string, token: TokenRecord): Promise<boolean> {
    const parsed = parseToken((await this.deps.secrets.get(secretId, { stage: CURRENT })) ?? '');
    if (parsed?.tokenId !== token.tokenId) return false;
    const match = await secretMatchOf(this.deps.keys, parsed.secret, token, this.deps.clock.now().getTime());
    return match === 'current';
  }
}
