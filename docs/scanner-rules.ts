import { fileURLToPath } from 'node:url';
import { tokenKinds } from '../shared/domain/kinds.js';
import { SECRET_SCANNER_PATTERN, tokenPrefixOf } from '../shared/domain/token-format.js';

/**
 * The secret scanners' rules for Keyward tokens, generated from the token format and the kinds table so a
 * new kind is found from its first token (`npm run generate:readme`; a unit test fails when they are stale).
 */

export const GITLEAKS_FILE = fileURLToPath(new URL('../scanning/gitleaks.toml', import.meta.url));
export const GITHUB_PATTERN_FILE = fileURLToPath(
  new URL('../scanning/github-custom-pattern.txt', import.meta.url),
);

const kinds = Object.values(tokenKinds);

export const renderGitleaksRules = (): string =>
  [
    '# Finds Keyward tokens with gitleaks: `gitleaks git --config scanning/gitleaks.toml`.',
    '# Report what it finds to POST /v1/token-leaks: live tokens are revoked at once.',
    '# Generated from the kinds table: `npm run generate:readme`.',
    'title = "Keyward tokens"',
    '',
    '[extend]',
    'useDefault = true',
    '',
    '[[rules]]',
    'id = "keyward-token"',
    `description = "Keyward token (${kinds.map((kind) => `${kind.label} ${tokenPrefixOf(kind.prefixCode)}`).join(', ')})"`,
    `regex = '''${SECRET_SCANNER_PATTERN}'''`,
    `keywords = [${kinds.map((kind) => `"${tokenPrefixOf(kind.prefixCode)}"`).join(', ')}]`,
    '',
  ].join('\n');

export const renderGithubPattern = (): string => `${SECRET_SCANNER_PATTERN}\n`;
