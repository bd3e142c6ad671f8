import { Duration, type Stack, Token } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { replicationAllowanceProblem } from '../shared/domain/change-feed.js';

/**
 * Keyward in several regions: the tables are DynamoDB global tables written in the deployment's own region
 * (the management API, the sweeper, the webhook dispatcher) and read in every region by its verifiers, which
 * allow for the replication delay (`replicationAllowance`).
 */

/** How long a replica region's verifiers allow a change to take to arrive, unless told otherwise. */
export const DEFAULT_REPLICATION_ALLOWANCE = Duration.seconds(30);

/** Why `regions` cannot be replicas of `stack`'s tables with this allowance, or nothing. */
export const replicationProblems = (
  stack: Stack,
  regions: readonly string[],
  allowance: Duration,
): string[] => {
  if (regions.length === 0) return [];
  const problems: string[] = [];
  if (Token.isUnresolved(stack.region))
    problems.push('replicaRegions needs the stack to name its region (env.region)');
  if (regions.includes(stack.region))
    problems.push(`${stack.region} is the stack's own region, not a replica`);
  if (new Set(regions).size !== regions.length) problems.push('a region is named twice');
  for (const region of regions)
    if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) problems.push(`${region} is not an AWS region name`);
  const allowanceProblem = replicationAllowanceProblem(allowance.toMilliseconds());
  if (allowanceProblem !== undefined) problems.push(`replicationAllowance: ${allowanceProblem}`);
  return problems;
};

/**
 * An alarm per table and replica region when replication takes more than half the allowance: past the whole
 * allowance, that region's verifiers could miss a revocation (README, "Several regions").
 */
export const replicationLatencyAlarms = (
  scope: Construct,
  tables: readonly ITable[],
  regions: readonly string[],
  allowance: Duration,
): Alarm[] =>
  regions.flatMap((region) =>
    tables.map(
      (table, i) =>
        new Alarm(scope, `ReplicationLatency${i}${region.replaceAll('-', '')}`, {
          alarmDescription: `Replication of a Keyward table to ${region} took over half the verifiers' allowance.`,
          metric: new Metric({
            namespace: 'AWS/DynamoDB',
            metricName: 'ReplicationLatency',
            dimensionsMap: { TableName: table.tableName, ReceivingRegion: region },
            statistic: 'Maximum',
            period: Duration.minutes(1),
          }),
          threshold: allowance.toMilliseconds() / 2,
          comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
          evaluationPeriods: 2,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        }),
    ),
  );
