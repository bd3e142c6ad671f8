import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES } from '../shared/domain/error-codes.js';
import { type TokenKindDefinition, tokenKinds } from '../shared/domain/kinds.js';
import type { ScopeCatalogue } from '../shared/domain/scopes.js';
import { tokenPrefixOf } from '../shared/domain/token-format.js';
import type { RouteDefinition } from '../shared/http/route.js';
import { routes } from '../shared/http/routes/index.js';
import { BENCH_README_FILE, benchTable, bundleSizesLine } from './bench-figures.js';
import { rewriteGeneratedBlocks } from './generated-blocks.js';
import { kindHomesList } from './kind-homes.js';

/**
 * The README's token-kind and route tables, generated from the kinds table and the route table so they
 * cannot fall behind the code (`npm run generate:readme`; a unit test fails when the README is stale).
 */

export const README_FILE = fileURLToPath(new URL('../README.md', import.meta.url));

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
const table = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');

const scopesOf = (catalogue: ScopeCatalogue | null, kind: TokenKindDefinition): string => {
  if (catalogue !== null) {
    const levels = catalogue.levels.map((level) => `\`${level}\``).join(' / ');
    return `per API (${catalogue.apis.length}): ${levels}; raised only by a new token`;
  }
  return {
    'read-only': "reads its environment's content (IP, header and secret-key restrictions)",
    'content-permissions': '`read-only`, `full-access` or `custom` (actions per content type)',
    none: 'acts as its principal, through its roles',
    scopes: '',
  }[kind.accessModel];
};

export const kindTable = (): string =>
  table(
    [
      'kind',
      'prefix',
      'belongs to',
      'access',
      'max active',
      'expires from disuse',
      'regenerate',
      'self-rotate',
      'DELETE',
    ],
    Object.values(tokenKinds).map((kind) => [
      kind.kind,
      `\`${tokenPrefixOf(kind.prefixCode)}\``,
      `${kind.requiredPlan === null ? 'a' : `an **${kind.requiredPlan}**`} ${kind.ownerType}`,
      scopesOf(kind.scopeCatalogue, kind),
      `${kind.maxPerOwner} per ${kind.limitPer}`,
      kind.inactivityDays === null
        ? 'at its lifespan, if any'
        : `after ${kind.inactivityDays} days without use`,
      kind.regenerable ? 'yes' : 'no',
      kind.selfRotatable ? 'yes' : 'no',
      kind.onDelete === 'remove' ? 'deletes' : 'revokes (listed as revoked)',
    ]),
  );

const AUTH_LABELS: Readonly<Record<RouteDefinition['auth'], string>> = {
  admin: 'admin key',
  token: 'token',
  none: 'none',
};

export const routeTable = (): string =>
  table(
    ['method', 'path', 'key', 'what'],
    [...routes]
      .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
      .map((route) => [
        route.method,
        `\`${route.path}\``,
        AUTH_LABELS[route.auth],
        route.summary.replaceAll('|', '\\|'),
      ]),
  );

/** Every error code with its status, in status order, as the error classes answer them. */
const errorTable = (): string =>
  table(
    ['status', 'code', 'when'],
    Object.entries(ERROR_CODES)
      .sort(([, a], [, b]) => a.status - b.status)
      .map(([code, { status, when }]) => [String(status), `\`${code}\``, when]),
  );

const GENERATED: Readonly<Record<string, () => string>> = {
  kinds: kindTable,
  errors: errorTable,
  routes: routeTable,
  'bundle-sizes': bundleSizesLine,
  'kind-homes': kindHomesList,
};

/** The README with every generated block (between `<!-- generated:name -->` markers) rewritten. */
export const renderReadme = async (): Promise<string> =>
  rewriteGeneratedBlocks(await readFile(README_FILE, 'utf8'), GENERATED, 'README.md');

/** bench/README.md with its table of the published run rewritten. */
export const renderBenchReadme = async (): Promise<string> =>
  rewriteGeneratedBlocks(
    await readFile(BENCH_README_FILE, 'utf8'),
    { figures: benchTable },
    'bench/README.md',
  );
