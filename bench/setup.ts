import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynamoDbLocal } from '../local/dynamodb-local.js';
import { type LocalKeyward, startLocalKeyward } from '../local/local-keyward.js';
import { sampleRoutePolicy } from '../sample-api/routes.js';
import { createVerifier, type Verifier, type VerifierSettings } from '../shared/composition/verifier.js';
import { tokenKinds } from '../shared/domain/kinds.js';
import { createLogger } from '../shared/observability/logger.js';
import type { Actor } from '../shared/services/directory/actor.js';

/** A Keyward on its own in-memory DynamoDB Local, with one site and one `sites: read` token. */
export interface BenchEnvironment {
  readonly keyward: LocalKeyward;
  readonly owner: Actor;
  readonly workspaceId: string;
  readonly siteId: string;
  readonly token: string;
  readonly tokenId: string;
  close(): Promise<void>;
}

/**
 * `dynamoDbEndpoint`: a DynamoDB Local already running (the test suite's), where the bench makes tables of
 * its own; without it the bench starts one of its own, as measurements want.
 */
export const startBenchEnvironment = async (dynamoDbEndpoint?: string): Promise<BenchEnvironment> => {
  const dynamo =
    dynamoDbEndpoint === undefined
      ? await startDynamoDbLocal()
      : { endpoint: dynamoDbEndpoint, stop: async () => {} };
  const home = await mkdtemp(join(tmpdir(), 'keyward-bench-'));
  const keyward = await startLocalKeyward({
    home,
    dynamoDbEndpoint: dynamo.endpoint,
    ...(dynamoDbEndpoint === undefined ? {} : { tablePrefix: `bench-${process.pid}-` }),
    logger: createLogger('ERROR'),
  });
  const owner: Actor = { principalId: keyward.bootstrap!.principal.id, keyId: 'bench', isOwner: true };
  const workspace = await keyward.runtime.directory.createWorkspace(
    owner,
    {},
    { name: 'bench', plan: 'enterprise' },
  );
  const site = await keyward.runtime.directory.createSite(owner, {}, workspace.id, {
    displayName: 'Bench',
    shortName: 'bench',
  });
  const issued = await keyward.runtime.tokens.create(
    owner,
    {},
    { kind: tokenKinds.site, ownerId: site.id },
    {
      name: 'bench',
      scopes: { sites: 'read' },
    },
  );
  return {
    keyward,
    owner,
    workspaceId: workspace.id,
    siteId: site.id,
    token: issued.token,
    tokenId: issued.id,
    close: async () => {
      await keyward.stop();
      await dynamo.stop();
      await rm(home, { recursive: true, force: true });
    },
  };
};

/** A verifier over the bench's DynamoDB Local, as an authorizer instance holds one. */
export const benchVerifier = (
  env: BenchEnvironment,
  settings: Pick<VerifierSettings, 'revocationBoundMs' | 'cache' | 'clock'>,
): Verifier =>
  createVerifier({
    tables: env.keyward.tables,
    keys: env.keyward.runtime.keys,
    policy: sampleRoutePolicy,
    store: { endpoint: env.keyward.dynamoDbEndpoint },
    ...settings,
  });
