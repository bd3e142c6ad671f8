import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BENCH_README_FILE } from '../../../docs/bench-figures.js';
import { README_FILE, renderBenchReadme, renderReadme } from '../../../docs/readme-tables.js';

describe('README', () => {
  it('lists every token kind and every route as the code defines them (run `npm run generate:readme`)', async () => {
    expect(await readFile(README_FILE, 'utf8')).toBe(await renderReadme());
  });

  it('quotes the published bench run, in the README and bench/README.md (run `npm run generate:readme`)', async () => {
    expect(await readFile(BENCH_README_FILE, 'utf8')).toBe(await renderBenchReadme());
  });
});
