import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { README_FILE, renderReadme } from '../../../docs/readme-tables.js';

describe('README', () => {
  it('lists every token kind and every route as the code defines them (run `npm run generate:readme`)', async () => {
    expect(await readFile(README_FILE, 'utf8')).toBe(await renderReadme());
  });
});
