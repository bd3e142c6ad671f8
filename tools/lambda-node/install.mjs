// Installs the Node.js of the Lambda runtime into this folder (`npm ci` here, from the npm cache when it
// can), once: run by the project's `prepare` script, so `npm ci` at the root leaves it ready and the tests
// that run the shipped bundles on it need no network. A folder of its own, because a `node` package
// installed at the root would put its binary first on the PATH of every npm script.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const name = `node-${process.platform}-${process.arch}`;
const version = manifest.optionalDependencies[name];
const binary = join(here, 'node_modules', name, 'bin', 'node');

const installedVersion = () => {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
};

if (version === undefined) {
  console.log(
    `lambda-node: no Node.js ${Object.values(manifest.optionalDependencies)[0]} package for ${process.platform}-${process.arch}; the bundle tests on it will be skipped`,
  );
} else if (existsSync(binary) && installedVersion() === `v${version}`) {
  // Already there: `npm pack` and repeated installs cost nothing.
} else {
  execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: here,
    stdio: 'inherit',
  });
  console.log(`lambda-node: Node.js ${installedVersion()} for the Lambda runtime tests in ${binary}`);
}
