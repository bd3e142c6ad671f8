import { CfnOutput, type Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { changeFeedReplicasProblem, DEFAULT_CHANGE_FEED_REPLICAS } from '../../shared/domain/change-feed.js';
import type { RoutePolicyEntry } from '../../shared/verify/route-policy.js';
import { KeywardTables } from '../constructs/tables.js';
import { enforceDeployLimits } from '../deploy-limits.js';
import { KeywardManagement } from '../management.js';
import { acknowledgeFunctionFindings, acknowledgeIndexGrants } from '../nag-acknowledgements.js';
import {
  DEFAULT_REPLICATION_ALLOWANCE,
  replicationLatencyAlarms,
  replicationProblems,
} from '../replication.js';

export interface KeywardStackProps extends StackProps {
  /**
   * Stage name; `prod` retains tables and turns on deletion protection.
   * @default 'dev'
   */
  readonly stage?: string;
  /**
   * When the sweeper runs (EventBridge rule schedule expression).
   * @default 'cron(17 3 * * ? *)' (daily, 03:17 UTC)
   */
  readonly sweepSchedule?: string;
  /**
   * Seconds between recorded uses of one token (bounds write amplification).
   * @default 3600
   */
  readonly touchIntervalSeconds?: number;
  /**
   * LOG_LEVEL of every function.
   * @default 'INFO'
   */
  readonly logLevel?: string;
  /** The protected API's route policy, which `POST /v1/verify` enforces for requests naming a method and path. */
  readonly routePolicy?: readonly RoutePolicyEntry[];
  /**
   * The sender of expiry-warning emails, e.g. `Keyward <keyward@example.com>`; the stack makes its address an
   * SES identity (verify it, or its domain, before mail leaves the SES sandbox). No email without it.
   */
  readonly mailFrom?: string;
  /**
   * Replicas of each change-feed bucket: each partition serves 1/K of the warm verifiers (README, "Revocation
   * at scale"). Give a `TokenAuthorizer` elsewhere the same number.
   * @default 8
   */
  readonly changeFeedReplicas?: number;
  /**
   * Regions besides this one with a replica of every table (global tables), for verifiers there: deploy a
   * `KeywardRegionStack` in each. The pepper key becomes a multi-Region key, which an existing key cannot
   * become: choose replica regions when the stack is first deployed (README, "Several regions").
   * @default none
   */
  readonly replicaRegions?: readonly string[];
  /**
   * How long replica regions' verifiers allow a change to take to arrive (their revocation bound is the
   * replication delay plus the bound, for delays up to this); 0 to 50 s.
   * @default Duration.seconds(30)
   */
  readonly replicationAllowance?: Duration;
  /**
   * Whether the sweeper's and the webhook dispatcher's schedules run here: false while a replica region's
   * standby runs them, after a failover.
   * @default true
   */
  readonly schedulesEnabled?: boolean;
}

/**
 * Keyward on AWS: the tables, the pepper key, and an HTTP API with one function per operation of the route
 * table (generated from it, so a new route is deployed by adding it to the table).
 */
export class KeywardStack extends Stack {
  public readonly tables: KeywardTables;
  public readonly pepperKey: Key;
  /** The management API (`management.api`). */
  public readonly api: HttpApi;
  /** Its alarms: the management's, and replication's. */
  public readonly alarms: readonly Alarm[];
  /** Replicas of each change-feed bucket, which every verifier of this deployment must read with. */
  public readonly changeFeedReplicas: number;
  /** The management API, sweeper and webhook dispatcher. */
  public readonly management: KeywardManagement;
  /** The regions with replicas of the tables. */
  public readonly replicaRegions: readonly string[];
  /** What replica regions' verifiers allow for replication. */
  public readonly replicationAllowance: Duration;

  public constructor(scope: Construct, id: string, props: KeywardStackProps = {}) {
    const replicaRegions = props.replicaRegions ?? [];
    // A replica region's stack reads the pepper key's ARN from here (a multi-Region key's replica).
    super(scope, id, { crossRegionReferences: replicaRegions.length > 0, ...props });
    this.changeFeedReplicas = props.changeFeedReplicas ?? DEFAULT_CHANGE_FEED_REPLICAS;
    this.replicaRegions = replicaRegions;
    this.replicationAllowance = props.replicationAllowance ?? DEFAULT_REPLICATION_ALLOWANCE;
    const replicasProblem = changeFeedReplicasProblem(this.changeFeedReplicas);
    const problems = [
      ...(replicasProblem === undefined ? [] : [`changeFeedReplicas: ${replicasProblem}`]),
      ...replicationProblems(this, replicaRegions, this.replicationAllowance),
    ];
    if (problems.length > 0) throw new Error(`KeywardStack ${id}: ${problems.join('; ')}`);
    const stage = props.stage ?? 'dev';
    this.tables = new KeywardTables(this, 'Tables', { retain: stage === 'prod', replicaRegions });
    this.pepperKey = new Key(this, 'PepperKey', {
      enableKeyRotation: true,
      description: 'Encrypts the Keyward pepper data keys that HMAC token secrets',
      // Replica regions decrypt the peppers (replicated in the Directory table) with replicas of this key.
      multiRegion: replicaRegions.length > 0,
    });

    const management = new KeywardManagement(this, {
      tables: this.tables,
      pepperKey: this.pepperKey,
      changeFeedReplicas: this.changeFeedReplicas,
      ...(props.touchIntervalSeconds === undefined
        ? {}
        : { touchIntervalSeconds: props.touchIntervalSeconds }),
      ...(props.logLevel === undefined ? {} : { logLevel: props.logLevel }),
      ...(props.routePolicy === undefined ? {} : { routePolicy: props.routePolicy }),
      ...(props.mailFrom === undefined ? {} : { mailFrom: props.mailFrom }),
      ...(props.sweepSchedule === undefined ? {} : { sweepSchedule: props.sweepSchedule }),
      ...(props.schedulesEnabled === undefined ? {} : { schedulesEnabled: props.schedulesEnabled }),
    });
    this.management = management;
    this.api = management.api;
    this.alarms = [
      ...management.alarms,
      // Tokens (revocations) and Events (the change feed) are what replica regions' verifiers wait for.
      ...replicationLatencyAlarms(
        this,
        [this.tables.tokens, this.tables.events],
        replicaRegions,
        this.replicationAllowance,
      ),
    ];

    enforceDeployLimits(this);
    acknowledgeFunctionFindings(this);
    acknowledgeIndexGrants(this, [this.tables.tokens, this.tables.directory, this.tables.events]);

    new CfnOutput(this, 'ApiUrl', { value: this.api.apiEndpoint });
    new CfnOutput(this, 'PepperKeyArn', { value: this.pepperKey.keyArn });
    new CfnOutput(this, 'TokensTableName', { value: this.tables.tokens.tableName });
    new CfnOutput(this, 'DirectoryTableName', { value: this.tables.directory.tableName });
    new CfnOutput(this, 'EventsTableName', { value: this.tables.events.tableName });
  }
}
