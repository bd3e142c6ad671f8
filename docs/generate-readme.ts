import { writeFile } from 'node:fs/promises';
import { README_FILE, renderReadme } from './readme-tables.js';

/** `npm run generate:readme`: rewrites the README's generated tables from the kinds and route tables. */
await writeFile(README_FILE, await renderReadme());
process.stdout.write(`wrote ${README_FILE}\n`);
