import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  GITHUB_PATTERN_FILE,
  GITLEAKS_FILE,
  renderGithubPattern,
  renderGitleaksRules,
} from '../../../docs/scanner-rules.js';
import { tokenKinds } from '../../../shared/domain/kinds.js';
import {
  issueToken,
  SECRET_SCANNER_PATTERN,
  TOKEN_PREFIX_CODES,
  tokenPrefixOf,
} from '../../../shared/domain/token-format.js';

const gitleaksRegex = async () => {
  const toml = await readFile('scanning/gitleaks.toml', 'utf8');
  return /^regex = '''(.*)'''$/m.exec(toml)?.[1];
};

describe('Secret scanner rules', () => {
  it('ship the pattern the code defines, as a gitleaks rule and a GitHub custom pattern', async () => {
    expect(await gitleaksRegex()).toBe(SECRET_SCANNER_PATTERN);
    expect((await readFile('scanning/github-custom-pattern.txt', 'utf8')).trim()).toBe(
      SECRET_SCANNER_PATTERN,
    );
  });

  it('are as generated from the kinds table (run `npm run generate:readme` after changing a kind)', async () => {
    expect(await readFile(GITLEAKS_FILE, 'utf8')).toBe(renderGitleaksRules());
    expect(await readFile(GITHUB_PATTERN_FILE, 'utf8')).toBe(renderGithubPattern());
    for (const kind of Object.values(tokenKinds))
      expect(renderGitleaksRules()).toContain(`"${tokenPrefixOf(kind.prefixCode)}"`);
  });

  it('find generated tokens of every kind, alone and inside text', () => {
    const pattern = new RegExp(SECRET_SCANNER_PATTERN, 'g');
    for (const prefix of TOKEN_PREFIX_CODES) {
      for (let i = 0; i < 50; i += 1) {
        const { value } = issueToken(prefix);
        expect(value.match(pattern)).toEqual([value]);
        expect(
          `export KEYWARD_TOKEN="${value}"; curl -H 'Authorization: Bearer ${value}'`.match(pattern),
        ).toEqual([value, value]);
      }
    }
  });

  it('find no near misses', () => {
    const pattern = new RegExp(SECRET_SCANNER_PATTERN);
    const { value } = issueToken('s');
    const [, id, rest] = value.split('_') as [string, string, string];
    const nearMisses = [
      `kwx_${id}_${rest}`, // unknown kind
      `kw_${id}_${rest}`,
      `KWS_${id}_${rest}`,
      `kws_${id.toUpperCase()}_${rest}`, // the id is lowercase hex
      `kws_${id.slice(1)}_${rest}`, // id too short
      `kws_${id}_${rest.slice(1)}`, // secret too short
      `kws_${id}_${rest}x`, // longer than a token: part of another identifier
      `xkws_${id}_${rest}`,
      `kws-${id}-${rest}`,
      `kws_${id}_${rest.slice(0, 20)}-${rest.slice(21)}`,
    ];
    for (const candidate of nearMisses) expect(pattern.test(candidate), candidate).toBe(false);
  });
});
