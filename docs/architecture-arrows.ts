import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { rewriteGeneratedBlocks } from './generated-blocks.js';

/**
 * The arrows of ARCHITECTURE.md, drawn from the code: every part that imports another (without counts, so
 * the table changes when an arrow does, not with each import). `npm run generate:readme` writes them; the architecture test, which cruises the code
 * anyway, fails when the document no longer shows the arrows the code has.
 */

export const ARCHITECTURE_FILE = 'ARCHITECTURE.md';

/** What the import rules and the drawing cover: the code that ships, runs or builds the product. */
export const CODE_ROOTS = [
  'shared',
  'functions',
  'sample-api',
  'local',
  'infra',
  'cli',
  'client',
  'console/src',
  'bench',
  'package',
] as const;

export interface CruisedModule {
  readonly source: string;
  readonly dependencies: readonly { readonly resolved: string }[];
}

/** The part a module belongs to: a folder of `shared/`, else its top folder (`functions`, `console/src`). */
const partOf = (path: string): string | undefined => {
  const inShared = path.match(/^shared\/([^/]+)\//);
  if (inShared !== null) return `shared/${inShared[1]}`;
  return CODE_ROOTS.find((root) => root !== 'shared' && path.startsWith(`${root}/`));
};

/** Each arrow between two parts (`shared/verify → shared/store`), sorted. */
export const arrowsOf = (modules: readonly CruisedModule[]): string[] => {
  const arrows = new Set<string>();
  for (const module of modules) {
    const from = partOf(module.source);
    if (from === undefined) continue;
    for (const { resolved } of module.dependencies) {
      const to = partOf(resolved);
      if (to === undefined || to === from) continue;
      arrows.add(`${from} → ${to}`);
    }
  }
  return [...arrows].sort((a, b) => a.localeCompare(b));
};

/** The arrows as a table, grouped by the importing part. */
export const renderArrows = (arrows: readonly string[]): string => {
  const byPart = new Map<string, string[]>();
  for (const arrow of arrows) {
    const [from, to] = arrow.split(' → ') as [string, string];
    byPart.set(from, [...(byPart.get(from) ?? []), `\`${to}\``]);
  }
  return [
    '| part | imports |',
    '| --- | --- |',
    ...[...byPart].map(([from, targets]) => `| \`${from}\` | ${targets.join(', ')} |`),
  ].join('\n');
};

/** ARCHITECTURE.md with its arrows block drawn from `modules`. */
export const renderArchitecture = async (modules: readonly CruisedModule[]): Promise<string> =>
  rewriteGeneratedBlocks(
    await readFile(ARCHITECTURE_FILE, 'utf8'),
    { arrows: () => renderArrows(arrowsOf(modules)) },
    ARCHITECTURE_FILE,
  );

export interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
  readonly to: string;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CRUISER = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
export const CRUISER_CONFIG = join(ROOT, '.dependency-cruiser.cjs');

/**
 * Runs the import rules (.dependency-cruiser.cjs) over `paths` from `cwd`: the import graph and the
 * violations. The cruiser exits non-zero when it finds violations; its JSON report is on stdout either way.
 */
export const cruise = async (
  cwd: string,
  paths: readonly string[],
): Promise<{ readonly modules: CruisedModule[]; readonly violations: Violation[] }> => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [CRUISER, '--config', CRUISER_CONFIG, '--output-type', 'json', ...paths],
    { cwd, maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
  const report = JSON.parse(stdout) as { modules: CruisedModule[]; summary: { violations: Violation[] } };
  return { modules: report.modules, violations: report.summary.violations };
};

/** The import graph of the code, as dependency-cruiser sees it under the project's rules. */
export const cruiseCode = () => cruise(ROOT, CODE_ROOTS);
