import type { Command } from 'commander';
import { RESOURCE_PERMISSIONS } from '../../shared/domain/roles.js';
import { connect, send } from '../api.js';
import { createOutput, printPage, printRecord } from '../output.js';
import { UsageError } from '../usage-error.js';

type Role = Record<string, unknown> & { permissions?: string[] };
type Flags = {
  workspace?: string;
  project?: string;
  json?: boolean;
  name?: string;
  description?: string;
  permission?: string[];
};

const collect = (value: string, previous: string[]) => [...previous, value];

/** The workspace or project the roles belong to: its collection template and path. */
const holderOf = (flags: Flags): [template: string, path: Record<string, string>] => {
  if ((flags.workspace === undefined) === (flags.project === undefined))
    throw new UsageError('Give one of --workspace or --project.');
  return flags.workspace !== undefined
    ? ['/v1/workspaces/{workspaceId}/roles', { workspaceId: flags.workspace }]
    : ['/v1/projects/{projectId}/roles', { projectId: flags.project! }];
};

const withHolder = (command: Command): Command =>
  command
    .option('--workspace <id>', 'the workspace (its roles also serve its sites)')
    .option('--project <id>', 'the project')
    .option('--json', 'print JSON');

/** `keyward roles`: list the built-in and custom administrator roles, define and delete custom ones. */
export const registerRoleCommands = (program: Command): void => {
  const roles = program.command('roles').description('administrator roles of a workspace or project');

  withHolder(roles.command('list'))
    .description('list the roles members can hold: built-in first, then custom')
    .action(async (flags: Flags) => {
      const [template, path] = holderOf(flags);
      const page = await send<{ items: Role[] }>(await connect(), 'GET', template, path);
      printPage(
        page,
        [
          ['ID', (r) => String(r.id)],
          ['NAME', (r) => String(r.name)],
          ['KIND', (r) => (r.builtIn ? 'built-in' : 'custom')],
          ['MEMBERS', (r) => (r.members === null ? '-' : String(r.members))],
          ['PERMISSIONS', (r) => (r.permissions ?? []).join(' ')],
        ],
        createOutput(flags),
      );
    });

  withHolder(roles.command('create'))
    .description('define a custom role; grant it with `PUT …/members/{principalId} {"role": "<id>"}`')
    .requiredOption('--name <name>', 'role name')
    .option('--description <text>', 'description')
    .option(
      '--permission <name>',
      `a permission (repeatable): ${RESOURCE_PERMISSIONS.join(', ')}`,
      collect,
      [],
    )
    .action(async (flags: Flags) => {
      const [template, path] = holderOf(flags);
      const unknown = (flags.permission ?? []).filter(
        (permission) => !(RESOURCE_PERMISSIONS as readonly string[]).includes(permission),
      );
      if (unknown.length > 0 || (flags.permission ?? []).length === 0)
        throw new UsageError(`--permission takes one of: ${RESOURCE_PERMISSIONS.join(', ')}.`);
      const body = {
        name: flags.name,
        permissions: flags.permission,
        ...(flags.description === undefined ? {} : { description: flags.description }),
      };
      printRecord(await send(await connect(), 'POST', template, path, { body }), createOutput(flags));
    });

  withHolder(roles.command('delete'))
    .argument('<roleId>')
    .description('delete a custom role no member holds')
    .action(async (roleId: string, flags: Flags) => {
      const [template, path] = holderOf(flags);
      await send(await connect(), 'DELETE', `${template}/{roleId}`, { ...path, roleId });
      createOutput(flags).print(`Deleted role ${roleId}.`);
    });
};
