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

/** The `/index/*` resource of a table grant: the table's own GSIs, which the grantee queries. */
export const acknowledgeIndexGrants = (scope: IConstruct, tables: readonly ITable[]): void => {
  for (const table of tables) {
    const logicalId = Stack.of(table).getLogicalId(table.node.defaultChild as CfnResource);
    Validations.of(scope).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/index/*]`,
      reason:
        "Grants cover the table's own secondary indexes (byOwner, bySweepDay, byPrincipal), which are queried.",
    });
  }
};
