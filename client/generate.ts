import { writeFile } from 'node:fs/promises';
import { generateSchemaSource, SCHEMA_FILE } from './schema-source.js';

/** `npm run generate:client`: rewrites client/schema.ts from the route table. */
await writeFile(SCHEMA_FILE, await generateSchemaSource());
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
