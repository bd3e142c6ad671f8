import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { UsageError } from './usage-error.js';

/** Where `keyward login` keeps the URL and admin key: `$XDG_CONFIG_HOME/keyward/config.json`, mode 0600. */
export interface StoredConfig {
  readonly url: string;
  readonly adminKey: string;
}

export const configPath = (env: NodeJS.ProcessEnv = process.env): string =>
  join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'keyward', 'config.json');

export const readConfig = async (env: NodeJS.ProcessEnv = process.env): Promise<Partial<StoredConfig>> => {
  try {
    return JSON.parse(await readFile(configPath(env), 'utf8')) as Partial<StoredConfig>;
  } catch {
    return {};
  }
};

export const writeConfig = async (
  config: StoredConfig,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> => {
  const path = configPath(env);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  await chmod(path, 0o600);
  return path;
};

/** The connection to use: `KEYWARD_URL` / `KEYWARD_ADMIN_KEY` override what `login` stored. */
export const resolveConnection = async (env: NodeJS.ProcessEnv = process.env): Promise<StoredConfig> => {
  const stored = await readConfig(env);
  const url = env.KEYWARD_URL || stored.url;
  const adminKey = env.KEYWARD_ADMIN_KEY || stored.adminKey;
  if (url === undefined || adminKey === undefined) {
    throw new UsageError(
      'Not logged in: run `keyward login --url <url>` or set KEYWARD_URL and KEYWARD_ADMIN_KEY.',
    );
  }
  return { url, adminKey };
};
