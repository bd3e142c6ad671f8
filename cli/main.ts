import { Command, CommanderError } from 'commander';
import { KeywardApiError } from '../client/index.js';
import { registerAuditCommand } from './commands/audit.js';
import { registerDirectoryCommands } from './commands/directory.js';
import { registerLoginCommand } from './commands/login.js';
import { registerRoleCommands } from './commands/roles.js';
import { registerTokenCommands } from './commands/tokens.js';
import { registerVerifyCommand } from './commands/verify.js';
import { UsageError } from './usage-error.js';

/** Exit codes: 0 done, 1 the API refused (or a token is not valid), 2 the command was used wrongly. */
export const EXIT = { ok: 0, api: 1, usage: 2 } as const;

export const buildProgram = (): Command => {
  const program = new Command('keyward')
    .description(
      'Manage Keyward tokens from the terminal. Connection: `keyward login`, or KEYWARD_URL and KEYWARD_ADMIN_KEY.',
    )
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  registerLoginCommand(program);
  registerDirectoryCommands(program);
  registerTokenCommands(program);
  registerRoleCommands(program);
  registerAuditCommand(program);
  registerVerifyCommand(program);
  return program;
};

/** Runs the CLI and returns its exit code; errors are explained on stderr, never with a stack trace. */
export const run = async (argv: readonly string[]): Promise<number> => {
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError) {
      process.stderr.write(`keyward: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof KeywardApiError) {
      const details = error.details.map((detail) => `\n  ${detail.path}: ${detail.message}`).join('');
      process.stderr.write(`keyward: ${error.message} (${error.code}, HTTP ${error.status})${details}\n`);
      return EXIT.api;
    }
    process.stderr.write(`keyward: ${(error as Error).message ?? String(error)}\n`);
    return EXIT.api;
  }
};
