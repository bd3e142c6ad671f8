import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { GENERATES_DATA_KEYS, iamActionsOf, type RoleName, type TableAccess } from './access.js';

/** Keyward's three tables, as a stack made them or another app imported them. */
export interface KeywardTableSet {
  readonly tokens: ITable;
  readonly directory: ITable;
  readonly events: ITable;
}

/**
 * Which of a table's indexes a grant's `Query` reaches: all of them (`/index/*`, the stack's own roles), or
 * the ones named (a construct in another app grants no wildcard it has to explain).
 */
export type IndexGrant = 'all' | Partial<Readonly<Record<keyof TableAccess, readonly string[]>>>;

/** Allows `grantee` exactly `access`'s DynamoDB actions on each table, and `Query` on the indexes given. */
export const grantTableAccess = (
  grantee: IGrantable,
  tables: KeywardTableSet,
  access: TableAccess,
  indexes: IndexGrant,
): void => {
  for (const [name, actions] of Object.entries(access) as [keyof TableAccess, readonly string[]][]) {
    if (actions.length === 0) continue;
    const table = tables[name];
    const indexArns = !actions.includes('Query')
      ? []
      : indexes === 'all'
        ? [`${table.tableArn}/index/*`]
        : (indexes[name] ?? []).map((index) => `${table.tableArn}/index/${index}`);
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: iamActionsOf(actions), resources: [table.tableArn, ...indexArns] }),
    );
  }
};

/**
 * Lets `grantee` decrypt the peppers, and make data keys where its access class keeps values to show again
 * (`GENERATES_DATA_KEYS`).
 */
export const grantPepperKey = (grantee: IGrantable, pepperKey: IKey, access: RoleName): void => {
  pepperKey.grantDecrypt(grantee);
  if (GENERATES_DATA_KEYS.has(access)) pepperKey.grant(grantee, 'kms:GenerateDataKey');
};
