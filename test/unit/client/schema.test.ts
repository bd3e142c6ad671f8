import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateSchemaSource, SCHEMA_FILE } from '../../../client/schema-source.js';

describe('Generated client types', () => {
  it('match the route table (run `npm run generate:client` after changing a route)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(await generateSchemaSource());
  });
});
