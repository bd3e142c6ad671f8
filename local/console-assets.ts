import { readdir, readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consoleContentSecurityPolicy } from '../shared/http/console-policy.js';

/**
 * The admin console (console/, a Vite build) served under /console/ by the local server, as CloudFront
 * serves it on AWS: same security headers, long caching for hashed assets, none for index.html.
 */

export const CONSOLE_PREFIX = '/console';
const ROOT = fileURLToPath(new URL('../console/', import.meta.url));
const DIST = join(ROOT, 'dist');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export const CONSOLE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': consoleContentSecurityPolicy(),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** What the console build is made of: its own sources and the shared domain code it imports. */
const SOURCES = [
  join(ROOT, 'src'),
  join(ROOT, 'index.html'),
  fileURLToPath(new URL('../shared/', import.meta.url)),
];

/** Newest modification time under `path` (a file or a directory), in ms; 0 when it does not exist. */
const newestMtimeMs = async (path: string): Promise<number> => {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const times = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => (await stat(join(entry.parentPath, entry.name))).mtimeMs),
  );
  return Math.max(0, ...times);
};

/**
 * Builds the console when there is no build or a source changed since (`npm start` on a fresh clone, or
 * after an edit); otherwise reuses the build.
 */
export const ensureConsoleBuilt = async (): Promise<void> => {
  const builtAtMs = await newestMtimeMs(join(DIST, 'index.html'));
  const changedAtMs = Math.max(...(await Promise.all(SOURCES.map(newestMtimeMs))));
  if (builtAtMs > changedAtMs) return;
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
};

/** Answers a GET under /console/; `false` when there is no such file (the caller answers 404). */
export const serveConsole = async (pathname: string, response: ServerResponse): Promise<boolean> => {
  if (pathname === CONSOLE_PREFIX) {
    response.writeHead(308, { location: `${CONSOLE_PREFIX}/` }).end();
    return true;
  }
  const relative = decodeURIComponent(pathname.slice(CONSOLE_PREFIX.length + 1)) || 'index.html';
  const file = normalize(join(DIST, relative));
  if (!file.startsWith(DIST + sep)) return false;
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return false;
  }
  response.writeHead(200, {
    ...CONSOLE_HEADERS,
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  response.end(body);
  return true;
};
