/**
 * The console's Content-Security-Policy, one definition for the local server and CloudFront: everything
 * from the console's own origin, plus calls to the API's origin when it lives elsewhere (AWS). The API URL
 * may be a CDK token; it is embedded as a string and resolved at deploy time. Fonts may also be data URIs:
 * the design system's global styles carry their font faces inline, so the console fetches no font at all.
 */
export const consoleContentSecurityPolicy = (apiOrigin?: string): string =>
  [
    "default-src 'self'",
    `connect-src 'self'${apiOrigin === undefined ? '' : ` ${apiOrigin}`}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "style-src 'self'",
    "script-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
