import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AttributeType, Billing, ProjectionType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { environmentOf } from '../../shared/composition/settings.js';
import {
  directoryTable,
  eventsTable,
  type IndexDefinition,
  type KeyAttribute,
  type TableDefinition,
  type TableNames,
  tokensTable,
} from '../../shared/store/tables.js';
import type { KeywardTableSet } from '../grants.js';

export interface KeywardTablesProps {
  /**
   * Keep the tables (and refuse deletion) when the stack is destroyed.
   * @default true
   */
  readonly retain?: boolean;
  /**
   * Regions besides the stack's own that hold a replica of each table (DynamoDB global tables). The tables
   * then get names of their own (`<stack name>-tokens`, …), the same in every region, so stacks of other
   * regions find them by name.
   * @default none
   */
  readonly replicaRegions?: readonly string[];
}

const attribute = ({ name, type }: KeyAttribute) => ({
  name,
  type: type === 'S' ? AttributeType.STRING : AttributeType.NUMBER,
});

const index = (definition: IndexDefinition) => ({
  indexName: definition.indexName,
  partitionKey: attribute(definition.partitionKey),
  ...(definition.sortKey === undefined ? {} : { sortKey: attribute(definition.sortKey) }),
  ...(typeof definition.projection === 'string'
    ? { projectionType: ProjectionType[definition.projection] }
    : { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...definition.projection] }),
});

/**
 * Keyward's three DynamoDB tables, built from the same definitions the local runtime uses
 * (`shared/store/tables.ts`): on-demand, point-in-time recovery, TTL on `ttl` where defined.
 */
export class KeywardTables extends Construct {
  public readonly tokens: TableV2;
  public readonly directory: TableV2;
  public readonly events: TableV2;
  /**
   * The tables' names: fixed, plain strings when they have replicas (stacks of other regions name them so,
   * without a cross-region reference), CloudFormation's otherwise.
   */
  public readonly tableNames: TableNames;

  public constructor(scope: Construct, id: string, props: KeywardTablesProps = {}) {
    super(scope, id);
    const retain = props.retain ?? true;
    const replicaRegions = props.replicaRegions ?? [];
    const nameOf = (definition: TableDefinition) =>
      `${Stack.of(this).stackName}-${definition.id.toLowerCase()}`;
    const build = (definition: TableDefinition) =>
      new TableV2(this, definition.id, {
        ...(replicaRegions.length === 0
          ? {}
          : { tableName: nameOf(definition), replicas: replicaRegions.map((region) => ({ region })) }),
        partitionKey: attribute(definition.partitionKey),
        ...(definition.sortKey === undefined ? {} : { sortKey: attribute(definition.sortKey) }),
        billing: Billing.onDemand(),
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        deletionProtection: retain,
        removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        ...(definition.timeToLiveAttribute === undefined
          ? {}
          : { timeToLiveAttribute: definition.timeToLiveAttribute }),
        globalSecondaryIndexes: definition.globalSecondaryIndexes.map(index),
      });
    this.tokens = build(tokensTable);
    this.directory = build(directoryTable);
    this.events = build(eventsTable);
    this.tableNames =
      replicaRegions.length === 0
        ? {
            tokens: this.tokens.tableName,
            directory: this.directory.tableName,
            events: this.events.tableName,
          }
        : { tokens: nameOf(tokensTable), directory: nameOf(directoryTable), events: nameOf(eventsTable) };
  }

  /** The environment variables through which functions find the tables. */
  public environment(): Record<string, string> {
    return tableEnvironmentOf(this);
  }
}

/** The environment variables through which functions find a set of Keyward's tables, made or imported. */
export const tableEnvironmentOf = (tables: KeywardTableSet): Record<string, string> =>
  environmentOf({
    tokensTable: tables.tokens.tableName,
    directoryTable: tables.directory.tableName,
    eventsTable: tables.events.tableName,
  });
