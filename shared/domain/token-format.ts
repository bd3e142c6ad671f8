import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

/**
 * Token strings look like `kws_<tokenId>_<secret><checksum>`:
 * - a kind prefix that secret scanners can match,
 * - a 24-hex token id (the DynamoDB key; not secret),
 * - 32 base62 characters of secret from the CSPRNG,
 * - 6 base62 characters of CRC32 over everything before it, so typos and garbage are rejected
 *   before any database read (as GitHub does).
 */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const TOKEN_ID_BYTES = 12;
const SECRET_LENGTH = 32;
const CHECKSUM_LENGTH = 6;
/** 62 × 4: bytes at or above it are dropped so every base62 digit is equally likely. */
const UNBIASED_BYTE_LIMIT = 248;
/** Characters of the secret kept in `start` for display. */
const START_SECRET_CHARS = 4;

export const TOKEN_PREFIX_CODES = ['s', 'w', 'd', 'c', 'a'] as const;
export type TokenPrefixCode = (typeof TOKEN_PREFIX_CODES)[number];

/** A whole token, its parts captured: prefix code, id, secret, checksum (derived from the lengths above). */
const TOKEN_PATTERN = new RegExp(
  `^kw([${TOKEN_PREFIX_CODES.join('')}])_([0-9a-f]{${TOKEN_ID_BYTES * 2}})_([0-9A-Za-z]{${SECRET_LENGTH}})([0-9A-Za-z]{${CHECKSUM_LENGTH}})$`,
);
export const TOKEN_LENGTH = 4 + TOKEN_ID_BYTES * 2 + 1 + SECRET_LENGTH + CHECKSUM_LENGTH;

export interface ParsedToken {
  readonly prefixCode: TokenPrefixCode;
  readonly tokenId: string;
  readonly secret: string;
}

export interface IssuedToken extends ParsedToken {
  /** The full token string: shown to its creator once, never stored or logged. */
  readonly value: string;
  /** The public beginning of the token (prefix, id and four secret characters), kept for display. */
  readonly start: string;
}

export const encodeBase62 = (value: number, width: number): string => {
  let rest = value;
  let digits = '';
  for (let i = 0; i < width; i += 1) {
    digits = BASE62[rest % 62] + digits;
    rest = Math.floor(rest / 62);
  }
  return digits;
};

export const checksumOf = (body: string): string => encodeBase62(crc32(body), CHECKSUM_LENGTH);

const randomBase62 = (length: number): string => {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < UNBIASED_BYTE_LIMIT && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
};

export const newTokenId = (): string => randomBytes(TOKEN_ID_BYTES).toString('hex');

/** `kws_`: how every token of a kind begins. */
export const tokenPrefixOf = (prefixCode: TokenPrefixCode): string => `kw${prefixCode}_`;

export const startOf = (prefixCode: TokenPrefixCode, tokenId: string, secret: string): string =>
  `${tokenPrefixOf(prefixCode)}${tokenId}_${secret.slice(0, START_SECRET_CHARS)}`;

/** Mints a new secret for `tokenId` (a new id when omitted, the same id when regenerating). */
export const issueToken = (prefixCode: TokenPrefixCode, tokenId: string = newTokenId()): IssuedToken => {
  const secret = randomBase62(SECRET_LENGTH);
  const body = `${tokenPrefixOf(prefixCode)}${tokenId}_${secret}`;
  return {
    prefixCode,
    tokenId,
    secret,
    value: body + checksumOf(body),
    start: startOf(prefixCode, tokenId, secret),
  };
};

/** Returns the parts of a well-formed token, or `undefined` for anything else (no exception, no I/O). */
export const parseToken = (candidate: string): ParsedToken | undefined => {
  if (candidate.length !== TOKEN_LENGTH) return undefined;
  const match = TOKEN_PATTERN.exec(candidate);
  if (match === null) return undefined;
  const [, prefixCode, tokenId, secret, checksum] = match as unknown as [
    string,
    TokenPrefixCode,
    string,
    string,
    string,
  ];
  if (checksumOf(candidate.slice(0, -CHECKSUM_LENGTH)) !== checksum) return undefined;
  return { prefixCode, tokenId, secret };
};

/** A token's shape without anchors: prefix, id and secret with checksum. */
const TOKEN_SHAPE = `kw[${TOKEN_PREFIX_CODES.join('')}]_[0-9a-f]{${TOKEN_ID_BYTES * 2}}_[0-9A-Za-z]{${SECRET_LENGTH + CHECKSUM_LENGTH}}`;

/** Matches token-shaped substrings anywhere in a text; used to scrub logs as a last line of defence. */
export const TOKEN_LIKE_PATTERN = new RegExp(TOKEN_SHAPE, 'g');

/**
 * The pattern secret scanners use to find Keyward tokens (README; `scanning/` ships it as a gitleaks rule
 * and a GitHub custom pattern). Word boundaries keep it from matching inside longer identifiers; it is
 * plain RE2, which both tools speak.
 */
export const SECRET_SCANNER_PATTERN = `\\b${TOKEN_SHAPE}\\b`;

/** The text with every token-shaped substring replaced, for text that callers supply (leak report URLs). */
export const redactTokens = (text: string): string => text.replace(TOKEN_LIKE_PATTERN, '[redacted]');
