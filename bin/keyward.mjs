#!/usr/bin/env node
// The `keyward` command: runs the TypeScript CLI through tsx, as every script of this repository does.
import { register } from 'tsx/esm/api';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
const { run } = await import('../cli/main.ts');
process.exitCode = await run(process.argv.slice(2));
