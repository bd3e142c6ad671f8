import { writeFile } from 'node:fs/promises';
import { ARCHITECTURE_FILE, cruiseCode, renderArchitecture } from './architecture-arrows.js';
import { BENCH_README_FILE } from './bench-figures.js';
import { README_FILE, renderBenchReadme, renderReadme } from './readme-tables.js';
import {
  GITHUB_PATTERN_FILE,
  GITLEAKS_FILE,
  renderGithubPattern,
  renderGitleaksRules,
} from './scanner-rules.js';

/**
 * `npm run generate:readme`: rewrites what is generated from the kinds and route tables and the published
 * bench run — the README's tables and figures, bench/README.md's table, ARCHITECTURE.md's arrows (from
 * the import graph), the secret scanners' rules.
 */
for (const [file, text] of [
  [README_FILE, await renderReadme()],
  [BENCH_README_FILE, await renderBenchReadme()],
  [ARCHITECTURE_FILE, await renderArchitecture((await cruiseCode()).modules)],
  [GITLEAKS_FILE, renderGitleaksRules()],
  [GITHUB_PATTERN_FILE, renderGithubPattern()],
] as const) {
  await writeFile(file, text);
  process.stdout.write(`wrote ${file}\n`);
}
