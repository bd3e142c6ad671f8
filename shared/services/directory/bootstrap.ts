import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { KeyProvider } from '../../crypto/key-provider.js';
import { auditEvent } from '../../domain/audit-event.js';
import type { Clock } from '../../domain/clock.js';
import { newResourceId, type Principal } from '../../domain/directory.js';
import { ConflictError } from '../../domain/errors.js';
import { tokenKinds } from '../../domain/kinds.js';
import type { AuditRepository } from '../../store/audit-repository.js';
import type { PrincipalRepository } from '../../store/directory/principal-repository.js';
import type { SweepIndexRepository } from '../../store/sweep-index-repository.js';
import type { TokenRepository } from '../../store/token-repository.js';
import { transactWrite } from '../../store/transact.js';
import { mintToken } from '../tokens/mint-token.js';

export interface BootstrapResult {
  readonly principal: Principal;
  /** The owner's first admin key. Shown once, by whoever called bootstrap. */
  readonly adminKey: string;
}

/** What bootstrap writes with: the store's client and repositories, the peppers and the clock. */
export interface BootstrapParts {
  readonly documents: DynamoDBDocumentClient;
  readonly keys: KeyProvider;
  readonly clock: Clock;
  readonly repositories: {
    readonly principals: Pick<PrincipalRepository, 'isBootstrapped' | 'putPrincipalSteps'>;
    readonly sweepIndex: Pick<SweepIndexRepository, 'watermarkStep'>;
    readonly tokens: TokenRepository;
    readonly audit: AuditRepository;
  };
}

/**
 * Creates the instance's first owner and its admin key, exactly once: the owner, the key, its counter and
 * a bootstrap marker are one transaction conditioned on the marker not existing, so two concurrent
 * first starts cannot both create an owner. Returns `undefined` when the instance already has one.
 */
export const bootstrapOwner = async (
  runtime: BootstrapParts,
  name = 'owner',
): Promise<BootstrapResult | undefined> => {
  const { principals, sweepIndex, tokens, audit } = runtime.repositories;
  if (await principals.isBootstrapped()) return undefined;
  const now = runtime.clock.now();
  const principal: Principal = {
    id: newResourceId(),
    name,
    instanceRole: 'owner',
    createdAt: now.toISOString(),
  };
  const kind = tokenKinds.admin;
  const { record, value } = await mintToken(runtime.keys, now, {
    kind,
    ownerId: principal.id,
    createdBy: principal.id,
    input: { name: 'bootstrap', description: 'Created by bootstrap' },
  });
  try {
    await transactWrite(runtime.documents, [
      ...principals.putPrincipalSteps(principal, true),
      ...tokens.createSteps(record, kind.maxPerOwner),
      // Nothing can be due before the instance existed: the sweeper starts here.
      sweepIndex.watermarkStep(now.toISOString().slice(0, 10)),
      audit.putStep(
        auditEvent(
          now,
          `principal#${principal.id}`,
          'token.created',
          {
            type: 'token',
            id: record.tokenId,
            name: record.name,
            kind: record.kind,
          },
          { principalId: principal.id },
        ),
      ),
    ]);
  } catch (error) {
    if (error instanceof ConflictError && error.code === 'already_bootstrapped') return undefined;
    throw error;
  }
  return { principal, adminKey: value };
};
