import { CfnOutput, type Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { AccountRootPrincipal, PolicyDocument, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { CfnReplicaKey, type IKey, Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import type { TableNames } from '../../shared/store/tables.js';
import type { RoutePolicyEntry } from '../../shared/verify/route-policy.js';
import { enforceDeployLimits } from '../deploy-limits.js';
import type { KeywardTableSet } from '../grants.js';
import { KeywardManagement } from '../management.js';
import { acknowledgeFunctionFindings, acknowledgeIndexGrants } from '../nag-acknowledgements.js';
import type { KeywardStack } from './keyward-stack.js';

export interface KeywardRegionStackProps extends StackProps {
  /** The deployment whose tables have a replica in this stack's region (`replicaRegions`). */
  readonly keyward: KeywardStack;
  /**
   * A management API of this region over its replicas, for a failover: `standby` serves the API with the
   * sweeper's and webhook dispatcher's schedules off; `active` runs them too (while the deployment's own
   * region has them off: `schedulesEnabled: false`). Write through one region's API at a time (README,
   * "Several regions").
   * @default none
   */
  readonly management?: 'standby' | 'active';
  /** The standby's: as the deployment's. @default 'INFO' */
  readonly logLevel?: string;
  /** The standby's: as the deployment's (`KeywardStack.routePolicy`). */
  readonly routePolicy?: readonly RoutePolicyEntry[];
  /** The standby's sender of expiry emails (an SES identity in this region). */
  readonly mailFrom?: string;
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
  /** The standby management API, sweeper and webhook dispatcher, when asked for. */
  public readonly management?: KeywardManagement;

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
    if (props.management !== undefined) {
      this.management = new KeywardManagement(this, {
        ...this.regional,
        ...(props.logLevel === undefined ? {} : { logLevel: props.logLevel }),
        ...(props.routePolicy === undefined ? {} : { routePolicy: props.routePolicy }),
        ...(props.mailFrom === undefined ? {} : { mailFrom: props.mailFrom }),
        schedulesEnabled: props.management === 'active',
      });
      acknowledgeFunctionFindings(this);
      acknowledgeIndexGrants(this, Object.values(this.regional.tables));
      new CfnOutput(this, 'ApiUrl', { value: this.management.api.apiEndpoint });
    }
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
