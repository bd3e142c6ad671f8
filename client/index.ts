export { KeywardApiError } from './errors.js';
export {
  createKeywardClient,
  type KeywardClient,
  type KeywardClientOptions,
  retryDelayMs,
} from './keyward-client.js';
export type { components, operations, paths } from './schema.js';
