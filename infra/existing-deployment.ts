import { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import type { TableNames } from '../shared/store/tables.js';
import type { TokenAuthorizerProps } from './constructs/token-authorizer.js';

/** An already deployed Keyward, as another app names it: its table names and the key of its peppers. */
export interface ExistingKeyward {
  readonly tableNames: TableNames;
  readonly pepperKeyArn: string;
}

/**
 * The tables and key of an existing Keyward deployment, for a `TokenAuthorizer` in another app:
 * `new TokenAuthorizer(this, 'Auth', { ...existingKeyward(this, 'Keyward', existing), routePolicy })`.
 */
export const existingKeyward = (
  scope: Construct,
  id: string,
  existing: ExistingKeyward,
): Pick<TokenAuthorizerProps, 'tables' | 'pepperKey'> => ({
  tables: {
    tokens: TableV2.fromTableName(scope, `${id}Tokens`, existing.tableNames.tokens),
    directory: TableV2.fromTableName(scope, `${id}Directory`, existing.tableNames.directory),
    events: TableV2.fromTableName(scope, `${id}Events`, existing.tableNames.events),
  },
  pepperKey: Key.fromKeyArn(scope, `${id}PepperKey`, existing.pepperKeyArn),
});
