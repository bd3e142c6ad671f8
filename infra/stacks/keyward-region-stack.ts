import { CfnOutput, type Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { AccountRootPrincipal, PolicyDocument, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { CfnReplicaKey, type IKey, Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import type { TableNames } from '../../shared/store/tables.js';
import { enforceDeployLimits } from '../deploy-limits.js';
import type { KeywardTableSet } from '../grants.js';
import type { KeywardStack } from './keyward-stack.js';

export interface KeywardRegionStackProps extends StackProps {
  /** The deployment whose tables have a replica in this stack's region (`replicaRegions`). */
  readonly keyward: KeywardStack;
}

/** What a construct of a region needs of Keyward there: spread it into a `TokenAuthorizer` or `KeywardToken`. */
export interface RegionalKeyward {
  readonly tables: KeywardTableSet;
  readonly pepperKey: IKey;
  readonly changeFeedReplicas: number;
  readonly replicationAllowance: Duration;
}

/**
 * Keyward in one of a deployment's replica regions: the replica of its pepper key (a multi-Region key, so the
 * peppers the Directory table replicates decrypt here), and the tables' replicas by name, for verifiers of
 * this region. Its authorizers read this region's replicas only, and allow for replication.
 *
 * @example
 * const keyward = new KeywardStack(app, 'Keyward', { env: { region: 'eu-west-1' }, replicaRegions: ['us-east-1'] });
 * const useast = new KeywardRegionStack(app, 'KeywardUsEast1', { env: { region: 'us-east-1' }, keyward });
 * new TokenAuthorizer(ordersStack, 'Tokens', { ...useast.regional, routePolicy }); // a stack in us-east-1
 */
export class KeywardRegionStack extends Stack {
  public readonly regional: RegionalKeyward;

  public constructor(scope: Construct, id: string, props: KeywardRegionStackProps) {
    // The pepper key's ARN comes from the deployment's own region.
    super(scope, id, { crossRegionReferences: true, ...props });
    const { keyward } = props;
    if (!keyward.replicaRegions.includes(this.region)) {
      throw new Error(
        `KeywardRegionStack ${id}: ${this.region} is not a replica region of ${keyward.stackName} (replicaRegions: ${keyward.replicaRegions.join(', ') || 'none'}).`,
      );
    }
    const replicaKey = new CfnReplicaKey(this, 'PepperKeyReplica', {
      primaryKeyArn: keyward.pepperKey.keyArn,
      description: `Replica of ${keyward.stackName}'s pepper key: decrypts the replicated peppers in ${this.region}`,
      keyPolicy: new PolicyDocument({
        statements: [
          // As the primary's default policy: the account's IAM policies decide who may use it.
          new PolicyStatement({
            actions: ['kms:*'],
            principals: [new AccountRootPrincipal()],
            resources: ['*'],
          }),
        ],
      }),
    });
    // Global tables have one name in every region, a plain string here; the ARN is this region's.
    const names = keyward.tables.tableNames;
    const replica = (table: keyof TableNames, name: string) =>
      TableV2.fromTableName(this, `${name}Replica`, names[table]);
    this.regional = {
      tables: {
        tokens: replica('tokens', 'Tokens'),
        directory: replica('directory', 'Directory'),
        events: replica('events', 'Events'),
      },
      pepperKey: Key.fromKeyArn(this, 'PepperKey', replicaKey.attrArn),
      changeFeedReplicas: keyward.changeFeedReplicas,
      replicationAllowance: keyward.replicationAllowance,
    };
    Validations.of(replicaKey).acknowledge({
      id: 'AwsSolutions-KMS5',
      reason: "A replica key rotates with its primary: the deployment's pepper key has rotation on.",
    });
    enforceDeployLimits(this);

    new CfnOutput(this, 'PepperKeyArn', { value: replicaKey.attrArn });
    new CfnOutput(this, 'TokensTableName', { value: names.tokens });
    new CfnOutput(this, 'DirectoryTableName', { value: names.directory });
    new CfnOutput(this, 'EventsTableName', { value: names.events });
  }
}
