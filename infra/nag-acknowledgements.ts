import type { CfnResource } from 'aws-cdk-lib';
import { Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IConstruct } from 'constructs';

/**
 * cdk-nag (AwsSolutions) findings Keyward accepts, each with the reason. Everything else must pass.
 */

const LAMBDA_BASIC_EXECUTION =
  'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';

export const acknowledgeFunctionFindings = (scope: IConstruct): void => {
  const validations = Validations.of(scope);
  validations.acknowledge({
    id: LAMBDA_BASIC_EXECUTION,
    reason: "AWS's basic execution role only lets a function write its own CloudWatch logs.",
  });
  validations.acknowledge({
    id: 'AwsSolutions-L1',
    reason:
      'Node.js 22 is the runtime Keyward is built and tested for (middy 6, vitest 4); newer runtimes follow with them.',
  });
};

/**
 * How cdk-nag names a table's ARN in a finding: `<Logical.Arn>` for a table of the stack, the ARN with
 * `<AWS::Partition>`-style placeholders for one imported by name.
 */
const nagArnOf = (scope: IConstruct, table: ITable): string => {
  const own = table.node.defaultChild as CfnResource | undefined;
  if (own !== undefined) return `<${Stack.of(table).getLogicalId(own)}.Arn>`;
  const resolved = Stack.of(scope).resolve(table.tableArn) as string | { 'Fn::Join': [string, unknown[]] };
  if (typeof resolved === 'string') return resolved;
  return resolved['Fn::Join'][1]
    .map((part) => (typeof part === 'string' ? part : `<${(part as { Ref: string }).Ref}>`))
    .join(resolved['Fn::Join'][0]);
};

/** The `/index/*` resource of a table grant: the table's own GSIs, which the grantee queries. */
export const acknowledgeIndexGrants = (scope: IConstruct, tables: readonly ITable[]): void => {
  for (const table of tables) {
    Validations.of(scope).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagArnOf(scope, table)}/index/*]`,
      reason:
        "Grants cover the table's own secondary indexes (byOwner, bySweepDay, byPrincipal), which are queried.",
    });
  }
};
