import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  ResourceNotFoundException,
  type SecretsManagerClient,
  UpdateSecretVersionStageCommand,
} from '@aws-sdk/client-secrets-manager';

/**
 * Where declared tokens' values live: AWS Secrets Manager secrets, by ARN. Values go in and come out of
 * here and nowhere else — never into a log, an error or an answer. The stages are Secrets Manager's own:
 * readers get `AWSCURRENT`; a rotation writes `AWSPENDING` first and moves `AWSCURRENT` to it when done.
 */

export const CURRENT = 'AWSCURRENT';
export const PENDING = 'AWSPENDING';

export interface SecretDescription {
  readonly rotationEnabled: boolean;
  /** Each version's staging labels, by version id. */
  readonly versions: Readonly<Record<string, readonly string[]>>;
  readonly tags: Readonly<Record<string, string>>;
}

/** Which version of a secret to read: its current one, or a version by id and stage. */
export type SecretVersion = { readonly stage: string; readonly versionId?: string };

export interface TokenSecrets {
  /** Makes `value` the secret's current value (a new version, labelled AWSCURRENT). */
  putCurrent(secretId: string, value: string): Promise<void>;
  /** Writes a rotation's new value as version `versionId`, labelled AWSPENDING. */
  putPending(secretId: string, versionId: string, value: string): Promise<void>;
  /** The value of that version; `undefined` when there is none (yet). */
  get(secretId: string, version: SecretVersion): Promise<string | undefined>;
  describe(secretId: string): Promise<SecretDescription>;
  /** Moves AWSCURRENT from `fromVersionId` to `versionId`: readers get the new value from then on. */
  promote(secretId: string, versionId: string, fromVersionId: string | undefined): Promise<void>;
}

export const secretsManagerTokenSecrets = (client: SecretsManagerClient): TokenSecrets => ({
  putCurrent: async (secretId, value) => {
    await client.send(new PutSecretValueCommand({ SecretId: secretId, SecretString: value }));
  },
  putPending: async (secretId, versionId, value) => {
    const version = { ClientRequestToken: versionId, VersionStages: [PENDING] };
    await client.send(new PutSecretValueCommand({ SecretId: secretId, SecretString: value, ...version }));
  },
  get: async (secretId, { stage, versionId }) => {
    try {
      const { SecretString } = await client.send(
        new GetSecretValueCommand({ SecretId: secretId, VersionStage: stage, VersionId: versionId }),
      );
      return SecretString;
    } catch (error) {
      // A version that rotation labelled but has not written yet has no value: Secrets Manager says "not found".
      if (error instanceof ResourceNotFoundException) return undefined;
      throw error;
    }
  },
  describe: async (secretId) => {
    const secret = await client.send(new DescribeSecretCommand({ SecretId: secretId }));
    return {
      rotationEnabled: secret.RotationEnabled === true,
      versions: secret.VersionIdsToStages ?? {},
      tags: Object.fromEntries((secret.Tags ?? []).map(({ Key, Value }) => [Key ?? '', Value ?? ''])),
    };
  },
  promote: async (secretId, versionId, fromVersionId) => {
    await client.send(
      new UpdateSecretVersionStageCommand({
        SecretId: secretId,
        VersionStage: CURRENT,
        MoveToVersionId: versionId,
        ...(fromVersionId === undefined ? {} : { RemoveFromVersionId: fromVersionId }),
      }),
    );
  },
});
