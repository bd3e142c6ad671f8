const BEARER = /^Bearer +(\S+) *$/i;

/** The credential of an `Authorization: Bearer <token>` header (scheme in any case), or undefined. */
export const bearerTokenOf = (authorization: string | undefined): string | undefined =>
  authorization === undefined ? undefined : BEARER.exec(authorization)?.[1];
