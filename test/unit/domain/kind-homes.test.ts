import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_HOMES } from '../../../docs/kind-homes.js';
import { TOKEN_KINDS } from '../../../shared/domain/kinds.js';

/** The product's code: where a kind could be spelled by hand. */
const ROOTS = ['shared', 'functions', 'cli', 'console/src', 'sample-api', 'infra', 'client'];

/**
 * The ways code spells a kind: by name out of the table, in a kind-keyed table, in a list of kinds, in a route
 * family. Admin keys are left out: the management API's own authentication names its kind on purpose.
 */
const kinds = TOKEN_KINDS.filter((kind) => kind !== 'admin').join('|');
const SPELLINGS = new RegExp(
  [
    `tokenKinds\\.(${kinds})\\b`,
    `tokenKinds\\[['"](${kinds})['"]\\]`,
    `factsOf\\(['"](${kinds})['"]\\)`,
    `kind: '(${kinds})'`,
    `kinds: \\[[^\\]]*'(${kinds})'`,
    'Record<TokenKind\\b',
    `TOKEN_PREFIX_CODES = \\[`,
  ].join('|'),
);

/** A file's code without its comments: an `@example` may name a kind, as the README does. */
const codeOf = (file: string): string =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

const codeFiles = (): string[] =>
  ROOTS.flatMap((root) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
      .map((entry) => join(entry.parentPath, entry.name)),
  );

const homeOf = (file: string) =>
  KIND_HOMES.find(({ file: home }) =>
    home.includes('<Kind>')
      ? new RegExp(`^${home.replace('<Kind>', '[A-Za-z]+')}$`).test(file)
      : home === file,
  );

describe('Token kinds: one home', () => {
  it('spells a kind only in the files the README lists (Adding a token kind)', () => {
    const spelled = codeFiles().filter((file) => SPELLINGS.test(codeOf(file)));
    expect(spelled.filter((file) => homeOf(file) === undefined)).toEqual([]);
    expect(spelled).toContain(join('shared', 'domain', 'kinds.ts'));
  });

  it('lists only files that exist', () => {
    const files = new Set(codeFiles());
    const missing = KIND_HOMES.filter(({ file }) => !file.includes('<Kind>') && !files.has(file));
    expect(missing).toEqual([]);
  });
});
