import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../shared/http/openapi.js';

/** Where the generated API types live; `npm run generate:client` rewrites it, a test checks it is current. */
export const SCHEMA_FILE = 'client/schema.ts';

const HEADER = '/** Generated from the route table by `npm run generate:client`. Do not edit. */\n\n';

/** The TypeScript types of the management API, from the same OpenAPI document the server publishes. */
export const generateSchemaSource = async (): Promise<string> => {
  const document = JSON.parse(JSON.stringify(openApiDocument()));
  return HEADER + astToString(await openapiTS(document, { alphabetize: false }));
};
