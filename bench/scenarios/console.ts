import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ensureConsoleBuilt, serveConsole } from '../../local/console-assets.js';
import { launchTestBrowser } from '../../test/support/chromium.js';
import { median, round } from '../stats.js';

const ASSETS = fileURLToPath(new URL('../../console/dist/assets/', import.meta.url));
const INDEX = fileURLToPath(new URL('../../console/dist/index.html', import.meta.url));

const sizeOf = async (files: readonly string[]) => {
  const bodies = await Promise.all(files.map((file) => readFile(join(ASSETS, file))));
  return {
    bytes: bodies.reduce((sum, body) => sum + body.length, 0),
    gzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
  };
};

/**
 * The console's weight and first load: the bytes a first visit downloads (what index.html names, raw and
 * gzipped, as CloudFront serves it compressed), the chunks loaded later (the usage chart), and the time from
 * navigation to the sign-in form drawn, in a fresh Chromium each run, served as `npm start` serves it.
 */
export const consoleLoad = async (runs: number) => {
  await ensureConsoleBuilt();
  const index = await readFile(INDEX, 'utf8');
  const initial = [...index.matchAll(/(?:src|href)="\/console\/assets\/([^"]+)"/g)].map((match) => match[1]!);
  const all = await readdir(ASSETS);
  const later = all.filter((file) => file.endsWith('.js') && !initial.includes(file));
  const [js, css, lazy] = await Promise.all([
    sizeOf(initial.filter((file) => file.endsWith('.js'))),
    sizeOf(initial.filter((file) => file.endsWith('.css'))),
    sizeOf(later),
  ]);

  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (!(await serveConsole(pathname, response))) response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/console/`;
  const loads: number[] = [];
  try {
    // A browser of its own for each load: nothing cached, and the packaged Chromium runs as one process,
    // which ends with its first context.
    for (let run = 0; run < runs; run += 1) {
      const { browser } = await launchTestBrowser();
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(url);
        await page.getByLabel('Admin key').waitFor();
        // Milliseconds since this navigation started, read in the page when the form is there.
        loads.push(await page.evaluate(() => performance.now()));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return {
    console: {
      initialJsBytes: js.bytes,
      initialJsGzipBytes: js.gzipBytes,
      initialCssBytes: css.bytes,
      initialCssGzipBytes: css.gzipBytes,
      firstVisitGzipBytes: js.gzipBytes + css.gzipBytes,
      lazyJsGzipBytes: lazy.gzipBytes,
      firstLoadMedianMs: round(median(loads), 1),
      firstLoadMaxMs: round(Math.max(...loads), 1),
      runs,
    },
  };
};
