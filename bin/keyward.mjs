#!/usr/bin/env node
// The `keyward` command. Inside the repository it runs the TypeScript sources through tsx, as every script
// of the repository does; from an installed package (which ships no sources) it runs the compiled CLI.
import { existsSync } from 'node:fs';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const sources = new URL('../cli/main.ts', import.meta.url);
let main;
if (existsSync(sources)) {
  const { register } = await import('tsx/esm/api');
  register();
  main = await import(sources.href);
} else {
  main = await import(new URL('../dist/cli/main.js', import.meta.url).href);
}
process.exitCode = await main.run(process.argv.slice(2));
