import type { Command } from 'commander';
import { connect, send } from '../api.js';
import { createOutput, printRecord } from '../output.js';
import { readSecretFromStdin } from '../token-options.js';
import { UsageError } from '../usage-error.js';

export const registerVerifyCommand = (program: Command): void => {
  program
    .command('verify')
    .argument('<token>', 'the token, or - to read it from stdin (keeps it out of shell history)')
    .description('ask whether a token is valid (exit code 0) or not (exit code 1), optionally for a request')
    .option('--method <method>', 'with --path: the request it would make')
    .option('--path <path>', 'with --method: the request path')
    .option('--json', 'print JSON')
    .action(async (given: string, flags: { method?: string; path?: string; json?: boolean }) => {
      if ((flags.method === undefined) !== (flags.path === undefined))
        throw new UsageError('Give --method and --path together.');
      const token = given === '-' ? await readSecretFromStdin('Token: ') : given;
      const result = await send<{ valid: boolean; code: string }>(
        await connect(),
        'POST',
        '/v1/verify',
        {},
        {
          body: {
            token,
            ...(flags.method === undefined ? {} : { method: flags.method.toUpperCase(), path: flags.path }),
          },
        },
      );
      const out = createOutput(flags);
      if (out.json) out.print(JSON.stringify(result, null, 2));
      else printRecord(result, out);
      if (!result.valid) process.exitCode = 1;
    });
};
