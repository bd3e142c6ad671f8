import { writeFile } from 'node:fs/promises';
import { README_FILE, renderReadme } from './readme-tables.js';
import {
  GITHUB_PATTERN_FILE,
  GITLEAKS_FILE,
  renderGithubPattern,
  renderGitleaksRules,
} from './scanner-rules.js';

/**
 * `npm run generate:readme`: rewrites what is generated from the kinds and route tables — the README's
 * tables and the secret scanners' rules.
 */
for (const [file, text] of [
  [README_FILE, await renderReadme()],
  [GITLEAKS_FILE, renderGitleaksRules()],
  [GITHUB_PATTERN_FILE, renderGithubPattern()],
] as const) {
  await writeFile(file, text);
  process.stdout.write(`wrote ${file}\n`);
}
