import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { LazyKeyProvider, type Pepper, StaticKeyProvider } from './key-provider.js';

/**
 * Local runs keep their peppers in `$KEYWARD_HOME/keys.json` (mode 0600), created on first start.
 * Adding a version to the file rotates the pepper; old versions must stay in it.
 */

interface KeysFile {
  readonly peppers: ReadonlyArray<{
    readonly version: number;
    readonly key: string;
    readonly createdAt: string;
  }>;
}

const PEPPER_BYTES = 32;

const readOrCreateKeysFile = async (path: string, now: () => Date): Promise<KeysFile> => {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as KeysFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const created: KeysFile = {
      peppers: [
        { version: 1, key: randomBytes(PEPPER_BYTES).toString('base64'), createdAt: now().toISOString() },
      ],
    };
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    // `wx` fails if another process created the file meanwhile; that file then wins.
    await writeFile(path, `${JSON.stringify(created, null, 2)}\n`, { mode: 0o600, flag: 'wx' }).catch(
      async (writeError: NodeJS.ErrnoException) => {
        if (writeError.code !== 'EEXIST') throw writeError;
      },
    );
    return JSON.parse(await readFile(path, 'utf8')) as KeysFile;
  }
};

export const localFileKeyProvider = (path: string, now: () => Date = () => new Date()): LazyKeyProvider =>
  new LazyKeyProvider(async () => {
    const file = await readOrCreateKeysFile(path, now);
    const peppers: Pepper[] = file.peppers.map(({ version, key }) => ({
      version,
      key: Buffer.from(key, 'base64'),
    }));
    return new StaticKeyProvider(peppers);
  });
