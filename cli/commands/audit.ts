import type { Command } from 'commander';
import { connect, send } from '../api.js';
import { createOutput, printPage, shortTime } from '../output.js';
import { parseInteger } from '../token-options.js';
import { UsageError } from '../usage-error.js';

type Event = Record<string, unknown> & { actor?: Record<string, unknown>; target?: Record<string, unknown> };

export const registerAuditCommand = (program: Command): void => {
  program
    .command('audit-logs')
    .description('who changed what, newest first: a workspace (enterprise) or a project')
    .option('--workspace <id>', 'the workspace')
    .option('--project <id>', 'the project')
    .option('--limit <n>', 'items per page', parseInteger('--limit'))
    .option('--cursor <cursor>', 'next page')
    .option('--json', 'print JSON')
    .action(
      async (flags: {
        workspace?: string;
        project?: string;
        limit?: number;
        cursor?: string;
        json?: boolean;
      }) => {
        if ((flags.workspace === undefined) === (flags.project === undefined))
          throw new UsageError('Give one of --workspace or --project.');
        const [template, path] =
          flags.workspace !== undefined
            ? ['/v1/workspaces/{workspaceId}/audit-logs', { workspaceId: flags.workspace }]
            : ['/v1/projects/{projectId}/audit-logs', { projectId: flags.project! }];
        const page = await send<{ items: Event[]; nextCursor?: string }>(
          await connect(),
          'GET',
          template,
          path,
          {
            query: { limit: flags.limit, cursor: flags.cursor },
          },
        );
        printPage(
          page,
          [
            ['AT', (e) => shortTime(e.at as string)],
            ['ACTION', (e) => String(e.action)],
            ['TARGET', (e) => [e.target?.type, e.target?.name ?? e.target?.id].filter(Boolean).join(' ')],
            ['BY', (e) => String(e.actor?.principalId ?? '-')],
          ],
          createOutput(flags),
        );
      },
    );
};
