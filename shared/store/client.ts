import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface StoreClientOptions {
  /** DynamoDB Local's URL in local runs and tests; absent on AWS. */
  readonly endpoint?: string;
  /** The `region` setting in functions. @default 'us-east-1' (any region works with DynamoDB Local) */
  readonly region?: string;
  /**
   * Per-attempt timeouts. Verification fails closed, so a stalled store must turn into a denial quickly
   * rather than hold a request until the Lambda times out.
   */
  readonly connectionTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
  readonly maxAttempts?: number;
}

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export const createDynamoDbClient = ({
  endpoint,
  region = 'us-east-1',
  connectionTimeoutMs = 1_000,
  requestTimeoutMs = 3_000,
  maxAttempts = 3,
}: StoreClientOptions = {}): DynamoDBClient =>
  new DynamoDBClient({
    region,
    maxAttempts,
    requestHandler: {
      connectionTimeout: connectionTimeoutMs,
      requestTimeout: requestTimeoutMs,
      // Without this the SDK only warns when a request outlives its timeout, and keeps waiting.
      throwOnRequestTimeout: true,
    },
    ...(endpoint === undefined ? {} : { endpoint, credentials: LOCAL_CREDENTIALS }),
  });

export const createDocumentClient = (client: DynamoDBClient): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
