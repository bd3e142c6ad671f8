import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from '../domain/clock.js';
import type { Logger } from '../observability/logger.js';
import { emlOf } from './eml.js';
import type { Mailer } from './mailer.js';

/**
 * Local runs: each message becomes an `.eml` file in `directory` (any mail client opens one), and the server log
 * says where — the local stand-in for SES, so a laptop run shows exactly what would be sent.
 */
export const emlFileMailer = (directory: string, from: string, clock: Clock, logger: Logger): Mailer => {
  let sequence = 0;
  return {
    send: async (message) => {
      const now = clock.now();
      sequence += 1;
      const name = `${now.toISOString().replace(/[:.]/g, '-')}-${process.pid}-${sequence}.eml`;
      await mkdir(directory, { recursive: true, mode: 0o700 });
      const path = join(directory, name);
      await writeFile(path, emlOf(from, message, now), { mode: 0o600 });
      logger.info('Wrote an email', { path });
    },
  };
};
