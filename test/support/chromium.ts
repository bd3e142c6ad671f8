import { access, constants } from 'node:fs/promises';
import { type Browser, chromium } from 'playwright-core';

/** Flags for a headless test browser that must not reach the network on its own. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const isExecutable = (path: string) =>
  access(path, constants.X_OK).then(
    () => true,
    () => false,
  );

/**
 * A Chromium for the browser tests, never downloaded: `CHROMIUM_PATH`, else the system's Chromium, else the
 * one the npm package `@sparticuz/chromium` carries (unpacked to the temp directory on first use), so
 * `npm ci && npm test` needs nothing but Node and Java. Never skipped: a browser that cannot start fails.
 */
export const launchTestBrowser = async (): Promise<{ browser: Browser; source: string }> => {
  const configured = process.env.CHROMIUM_PATH;
  if (configured !== undefined && configured !== '') {
    return {
      browser: await chromium.launch({ executablePath: configured, args: QUIET_FLAGS }),
      source: configured,
    };
  }
  if (await isExecutable(SYSTEM_CHROMIUM)) {
    return {
      browser: await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: QUIET_FLAGS }),
      source: SYSTEM_CHROMIUM,
    };
  }
  const { default: packaged } = await import('@sparticuz/chromium');
  const executablePath = await packaged.executablePath();
  const browser = await chromium.launch({ executablePath, args: [...packaged.args, ...QUIET_FLAGS] });
  return { browser, source: `@sparticuz/chromium (${executablePath})` };
};
