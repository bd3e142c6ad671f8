import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checksumOf,
  encodeBase62,
  issueToken,
  parseToken,
  TOKEN_LENGTH,
  TOKEN_LIKE_PATTERN,
} from '../../../shared/domain/token-format.js';

describe('Module: token-format', () => {
  describe('Function: issueToken', () => {
    it('issues kw<code>_<24 hex>_<32 base62><6 base62> strings that parse back to their parts', () => {
      // Act
      const issued = issueToken('s');

      // Assess
      expect(issued.value).toMatch(/^kws_[0-9a-f]{24}_[0-9A-Za-z]{38}$/);
      expect(issued.value).toHaveLength(TOKEN_LENGTH);
      expect(parseToken(issued.value)).toEqual({
        prefixCode: 's',
        tokenId: issued.tokenId,
        secret: issued.secret,
      });
    });

    it('keeps the token id when regenerating and draws a new secret', () => {
      const first = issueToken('c');
      const second = issueToken('c', first.tokenId);
      expect(second.tokenId).toBe(first.tokenId);
      expect(second.secret).not.toBe(first.secret);
    });

    it('keeps the public start: prefix, id and the first four secret characters', () => {
      const issued = issueToken('a');
      expect(issued.start).toBe(`kwa_${issued.tokenId}_${issued.secret.slice(0, 4)}`);
      expect(issued.value.startsWith(issued.start)).toBe(true);
    });

    it('draws every base62 character', () => {
      const seen = new Set(Array.from({ length: 200 }, () => issueToken('s').secret).join(''));
      expect(seen.size).toBe(62);
    });
  });

  describe('Function: parseToken', () => {
    it('rejects any single-character change (checksum)', () => {
      const { value } = issueToken('w');
      const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
      fc.assert(
        fc.property(
          fc.integer({ min: 29, max: TOKEN_LENGTH - 1 }),
          fc.constantFrom(...alphabet),
          (index, char) => {
            fc.pre(value[index] !== char);
            const typo = value.slice(0, index) + char + value.slice(index + 1);
            expect(parseToken(typo)).toBeUndefined();
          },
        ),
      );
    });

    it.each([
      ['empty', ''],
      ['another vendor', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a'],
      ['unknown kind', `kwx_${'a'.repeat(24)}_${'A'.repeat(38)}`],
      [
        'uppercase id',
        issueToken('s').value.replace(/_([0-9a-f]{24})_/, (_, id: string) => `_${id.toUpperCase()}_`),
      ],
      ['truncated', issueToken('s').value.slice(0, -1)],
      ['padded', `${issueToken('s').value} `],
    ])('returns undefined for %s', (_, candidate) => {
      expect(parseToken(candidate)).toBeUndefined();
    });

    it('never throws on arbitrary input', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 200 }), (candidate) => parseToken(candidate) === undefined),
      );
    });
  });

  describe('Function: checksumOf', () => {
    it('encodes CRC32 in six base62 digits, zero padded', () => {
      expect(encodeBase62(0, 6)).toBe('000000');
      expect(encodeBase62(0xffffffff, 6)).toBe('4gfFC3');
      expect(checksumOf('kws_x')).toHaveLength(6);
    });
  });

  it('lets log scrubbing find every issued token', () => {
    const values = ['s', 'w', 'd', 'c', 'a'].map((code) => issueToken(code as 's').value);
    expect(`x ${values.join(' y ')} z`.match(TOKEN_LIKE_PATTERN)).toEqual(values);
  });
});
