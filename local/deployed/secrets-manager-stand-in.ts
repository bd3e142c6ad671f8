import { randomBytes, randomUUID } from 'node:crypto';

/**
 * Secrets Manager's part: secrets with versions and staging labels (AWSCURRENT, AWSPENDING, AWSPREVIOUS), the
 * operations a rotation and its readers call, and rotation itself — a new AWSPENDING version, then the
 * rotation function invoked for each of the four steps, the whole rotation tried again (same version id)
 * after a failed step, as Secrets Manager does. Failures can be injected to test that.
 */

export class SecretsManagerError extends Error {
  public constructor(
    public readonly type: string,
    message: string,
    public readonly status = 400,
  ) {
    super(message);
  }
}

const CURRENT = 'AWSCURRENT';
const PENDING = 'AWSPENDING';
const PREVIOUS = 'AWSPREVIOUS';
const STEPS = ['createSecret', 'setSecret', 'testSecret', 'finishSecret'] as const;

interface Version {
  readonly id: string;
  value?: string;
  readonly stages: Set<string>;
  readonly createdAt: number;
}

interface StoredSecret {
  readonly arn: string;
  readonly name: string;
  readonly tags: readonly { Key: string; Value: string }[];
  readonly versions: Map<string, Version>;
  rotation?: SecretRotationConfig;
}

export interface SecretRotationConfig {
  readonly functionArn: string;
  readonly rules: unknown;
  /** Runs one step: the rotation function invoked as Secrets Manager invokes it. */
  readonly invoke: (event: {
    SecretId: string;
    ClientRequestToken: string;
    Step: string;
  }) => Promise<{ ok: boolean; error?: string }>;
}

export interface RotationOutcome {
  readonly ok: boolean;
  readonly versionId: string;
  /** Each attempt's failure: the step and the function's error. */
  readonly failures: readonly { step: string; error: string }[];
}

export interface SecretsManagerStandInOptions {
  /** Attempts at a rotation before it is recorded as failed. @default 3 */
  readonly rotationAttempts?: number;
  /** Wait between attempts. @default 1500 ms (a regenerate within a second of another is refused as concurrent) */
  readonly retryDelayMs?: number;
}

type Input = Record<string, unknown>;

export class SecretsManagerStandIn {
  readonly #secrets = new Map<string, StoredSecret>();
  readonly #faults = new Map<string, { times: number; type: string }>();
  readonly #options: Required<SecretsManagerStandInOptions>;

  public constructor(options: SecretsManagerStandInOptions = {}) {
    this.#options = { rotationAttempts: 3, retryDelayMs: 1_500, ...options };
  }

  /** What CloudFormation does for an `AWS::SecretsManager::Secret`: the secret, with a generated first value. */
  public create(arn: string, name: string, tags: readonly { Key: string; Value: string }[] = []): void {
    const versions = new Map<string, Version>();
    const id = randomUUID();
    versions.set(id, {
      id,
      value: randomBytes(24).toString('base64url'),
      stages: new Set([CURRENT]),
      createdAt: Date.now(),
    });
    this.#secrets.set(arn, { arn, name, tags, versions });
  }

  /** What an `AWS::SecretsManager::RotationSchedule` configures. */
  public configureRotation(secretId: string, rotation: SecretRotationConfig): void {
    this.#find(secretId).rotation = rotation;
  }

  /** The secret's ARN for an id (an ARN or a name), for IAM's check. */
  public arnOf(secretId: string): string {
    return this.#find(secretId).arn;
  }

  /** The current value, as a reader sees it. */
  public currentValue(secretId: string): string | undefined {
    return this.#versionOf(this.#find(secretId), { stage: CURRENT })?.value;
  }

  /** Every value the secret has held, oldest first (to check where values went). */
  public values(secretId: string): string[] {
    return [...this.#find(secretId).versions.values()].flatMap((version) =>
      version.value === undefined ? [] : [version.value],
    );
  }

  /** The next `times` calls of `operation` fail with `type` (a non-retryable 400, unless a 5xx type is given). */
  public failNext(operation: string, times = 1, type = 'InvalidRequestException'): void {
    this.#faults.set(operation, { times, type });
  }

  public handle(operation: string, input: Input): unknown {
    const fault = this.#faults.get(operation);
    if (fault !== undefined && fault.times > 0) {
      fault.times -= 1;
      throw new SecretsManagerError(
        fault.type,
        `Injected failure of ${operation}`,
        fault.type.startsWith('Internal') ? 500 : 400,
      );
    }
    const secret = this.#find(String(input.SecretId ?? ''));
    const answer = { ARN: secret.arn, Name: secret.name };
    switch (operation) {
      case 'GetSecretValue': {
        const version = this.#versionOf(secret, {
          stage: input.VersionStage as string | undefined,
          id: input.VersionId as string | undefined,
        });
        if (version?.value === undefined) {
          throw new SecretsManagerError(
            'ResourceNotFoundException',
            "Secrets Manager can't find the specified secret value for the version or staging label given.",
          );
        }
        return {
          ...answer,
          VersionId: version.id,
          SecretString: version.value,
          VersionStages: [...version.stages],
          CreatedDate: version.createdAt / 1000,
        };
      }
      case 'PutSecretValue': {
        const version = this.#put(
          secret,
          (input.ClientRequestToken as string | undefined) ?? randomUUID(),
          String(input.SecretString),
          (input.VersionStages as string[] | undefined) ?? [CURRENT],
        );
        return { ...answer, VersionId: version.id, VersionStages: [...version.stages] };
      }
      case 'DescribeSecret':
        return {
          ...answer,
          RotationEnabled: secret.rotation !== undefined,
          ...(secret.rotation === undefined
            ? {}
            : { RotationLambdaARN: secret.rotation.functionArn, RotationRules: secret.rotation.rules }),
          VersionIdsToStages: Object.fromEntries(
            [...secret.versions.values()]
              .filter((version) => version.stages.size > 0)
              .map((version) => [version.id, [...version.stages]]),
          ),
          Tags: secret.tags,
        };
      case 'UpdateSecretVersionStage':
        this.#moveStage(
          secret,
          String(input.VersionStage),
          input.MoveToVersionId as string | undefined,
          input.RemoveFromVersionId as string | undefined,
        );
        return answer;
      default:
        throw new SecretsManagerError(
          'UnsupportedOperationException',
          `Secrets Manager ${operation} is not emulated`,
        );
    }
  }

  /**
   * Rotates the secret as Secrets Manager does: a pending version (the one a failed rotation left, else a new
   * one), the four steps in order, and the whole rotation again after a failed step.
   */
  public async rotate(secretId: string): Promise<RotationOutcome> {
    const secret = this.#find(secretId);
    const rotation = secret.rotation;
    if (rotation === undefined)
      throw new SecretsManagerError(
        'InvalidRequestException',
        `Secret ${secret.name} has no rotation configured.`,
      );
    const pending = [...secret.versions.values()].find(
      (version) => version.stages.has(PENDING) && !version.stages.has(CURRENT),
    );
    const versionId = pending?.id ?? randomUUID();
    if (pending === undefined) {
      for (const version of secret.versions.values()) version.stages.delete(PENDING);
      secret.versions.set(versionId, { id: versionId, stages: new Set([PENDING]), createdAt: Date.now() });
    }
    const failures: { step: string; error: string }[] = [];
    for (let attempt = 0; attempt < this.#options.rotationAttempts; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, this.#options.retryDelayMs));
      const failed = await this.#runSteps(secret.arn, versionId, rotation);
      if (failed === undefined) return { ok: true, versionId, failures };
      failures.push(failed);
    }
    return { ok: false, versionId, failures };
  }

  async #runSteps(arn: string, versionId: string, rotation: SecretRotationConfig) {
    for (const step of STEPS) {
      const result = await rotation.invoke({ SecretId: arn, ClientRequestToken: versionId, Step: step });
      if (!result.ok) return { step, error: result.error ?? 'failed' };
    }
    return undefined;
  }

  #find(secretId: string): StoredSecret {
    const secret =
      this.#secrets.get(secretId) ??
      [...this.#secrets.values()].find((candidate) => candidate.name === secretId);
    if (secret === undefined)
      throw new SecretsManagerError(
        'ResourceNotFoundException',
        "Secrets Manager can't find the specified secret.",
      );
    return secret;
  }

  #versionOf(secret: StoredSecret, { stage, id }: { stage?: string; id?: string }): Version | undefined {
    if (id !== undefined) {
      const version = secret.versions.get(id);
      return version !== undefined && (stage === undefined || version.stages.has(stage))
        ? version
        : undefined;
    }
    return [...secret.versions.values()].find((version) => version.stages.has(stage ?? CURRENT));
  }

  #put(secret: StoredSecret, id: string, value: string, stages: readonly string[]): Version {
    const existing = secret.versions.get(id);
    if (existing?.value !== undefined && existing.value !== value)
      throw new SecretsManagerError(
        'ResourceExistsException',
        `Version ${id} already has a different value.`,
      );
    const version = existing ?? { id, stages: new Set<string>(), createdAt: Date.now() };
    version.value = value;
    secret.versions.set(id, version);
    for (const stage of stages) this.#moveStage(secret, stage, id, this.#versionOf(secret, { stage })?.id);
    return version;
  }

  #moveStage(secret: StoredSecret, stage: string, to: string | undefined, from: string | undefined): void {
    const holder = this.#versionOf(secret, { stage });
    if (holder !== undefined && holder.id !== from && holder.id !== to) {
      throw new SecretsManagerError(
        'InvalidParameterException',
        `The staging label ${stage} is attached to version ${holder.id}, not ${from}.`,
      );
    }
    holder?.stages.delete(stage);
    if (to === undefined) return;
    const target = secret.versions.get(to);
    if (target === undefined) throw new SecretsManagerError('ResourceNotFoundException', `No version ${to}.`);
    target.stages.add(stage);
    // The value AWSCURRENT leaves becomes AWSPREVIOUS, as in Secrets Manager.
    if (stage === CURRENT && holder !== undefined && holder.id !== to) {
      for (const version of secret.versions.values()) version.stages.delete(PREVIOUS);
      holder.stages.add(PREVIOUS);
    }
  }
}
