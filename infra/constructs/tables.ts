import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, ProjectionType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { environmentOf } from '../../shared/composition/settings.js';
import {
  directoryTable,
  eventsTable,
  type IndexDefinition,
  type KeyAttribute,
  type TableDefinition,
  tokensTable,
} from '../../shared/store/tables.js';

export interface KeywardTablesProps {
  /**
   * Keep the tables (and refuse deletion) when the stack is destroyed.
   * @default true
   */
  readonly retain?: boolean;
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

  public constructor(scope: Construct, id: string, props: KeywardTablesProps = {}) {
    super(scope, id);
    const retain = props.retain ?? true;
    const build = (definition: TableDefinition) =>
      new TableV2(this, definition.id, {
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
  }

  /** The environment variables through which functions find the tables. */
  public environment(): Record<string, string> {
    return environmentOf({
      tokensTable: this.tokens.tableName,
      directoryTable: this.directory.tableName,
      eventsTable: this.events.tableName,
    });
  }
}
