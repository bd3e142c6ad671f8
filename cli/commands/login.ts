import type { Command } from 'commander';
import { createKeywardClient } from '../../client/index.js';
import { writeConfig } from '../config.js';
import { createOutput } from '../output.js';
import { readSecretFromStdin } from '../token-options.js';

export const registerLoginCommand = (program: Command): void => {
  program
    .command('login')
    .description(
      'store the API URL and an admin key (read from stdin) in ~/.config/keyward/config.json (0600)',
    )
    .requiredOption('--url <url>', 'the Keyward API, e.g. http://127.0.0.1:3000')
    .action(async (flags: { url: string }) => {
      const adminKey = await readSecretFromStdin('Admin key: ');
      const client = createKeywardClient({ baseUrl: flags.url, adminKey });
      const { data: me } = await client.GET('/v1/principals/me');
      const path = await writeConfig({ url: flags.url, adminKey });
      createOutput({}).print(
        `Logged in to ${flags.url} as ${me?.name ?? 'unknown'} (${me?.id}); saved to ${path}.`,
      );
    });
};
