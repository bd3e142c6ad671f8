import type { Command } from 'commander';
import { connect, send } from '../api.js';
import { type Column, createOutput, printPage, printRecord, shortTime } from '../output.js';
import { parseInteger } from '../token-options.js';
import { UsageError } from '../usage-error.js';

type Row = Record<string, unknown>;
type Flags = Record<string, string | number | boolean | undefined> & { json?: boolean };

/**
 * Workspaces, sites and projects as data: where each lists and creates, which flags its create takes and
 * which columns its table shows. The commands below are generated from this table.
 */
interface Resource {
  readonly name: 'workspaces' | 'sites' | 'projects';
  readonly collection: string;
  /** A parent the collection lives under (sites live in a workspace). */
  readonly parent?: { readonly flag: 'workspace'; readonly param: string };
  readonly fields: readonly (readonly [
    flag: string,
    description: string,
    field: string,
    required: boolean,
  ])[];
  readonly columns: readonly Column<Row>[];
}

const created: Column<Row> = ['CREATED', (r) => shortTime((r.createdAt ?? r.createdOn) as string)];

const RESOURCES: readonly Resource[] = [
  {
    name: 'workspaces',
    collection: '/v1/workspaces',
    fields: [
      ['--name <name>', 'workspace name', 'name', true],
      ['--plan <plan>', 'free | enterprise (default free)', 'plan', false],
    ],
    columns: [
      ['ID', (r) => String(r.id)],
      ['NAME', (r) => String(r.name)],
      ['PLAN', (r) => String(r.plan)],
      created,
    ],
  },
  {
    name: 'sites',
    collection: '/v1/workspaces/{workspaceId}/sites',
    parent: { flag: 'workspace', param: 'workspaceId' },
    fields: [
      ['--name <name>', 'display name', 'displayName', true],
      ['--short-name <slug>', 'short name (lowercase, dashes)', 'shortName', true],
    ],
    columns: [
      ['ID', (r) => String(r.id)],
      ['NAME', (r) => String(r.displayName)],
      ['SHORT NAME', (r) => String(r.shortName)],
      created,
    ],
  },
  {
    name: 'projects',
    collection: '/v1/projects',
    fields: [['--name <name>', 'project name', 'name', true]],
    columns: [['ID', (r) => String(r.id)], ['NAME', (r) => String(r.name)], created],
  },
];

const camel = (flag: string) =>
  flag
    .replace(/^--/, '')
    .split(' ')[0]!
    .replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

const parentPath = (resource: Resource, flags: Flags): Record<string, string> => {
  if (resource.parent === undefined) return {};
  const id = flags[resource.parent.flag];
  if (typeof id !== 'string')
    throw new UsageError(`--${resource.parent.flag} is required for ${resource.name}.`);
  return { [resource.parent.param]: id };
};

export const registerDirectoryCommands = (program: Command): void => {
  for (const resource of RESOURCES) {
    const group = program.command(resource.name).description(`list and create ${resource.name}`);
    const withParent = (command: Command) =>
      resource.parent === undefined
        ? command
        : command.option(`--${resource.parent.flag} <id>`, `the ${resource.parent.flag}`);

    withParent(group.command('list'))
      .description(`list the ${resource.name} you can see`)
      .option('--limit <n>', 'items per page', parseInteger('--limit'))
      .option('--cursor <cursor>', 'next page')
      .option('--json', 'print JSON')
      .action(async (flags: Flags) => {
        const page = await send<{ items: Row[]; nextCursor?: string }>(
          await connect(),
          'GET',
          resource.collection,
          parentPath(resource, flags),
          { query: { limit: flags.limit as number | undefined, cursor: flags.cursor as string | undefined } },
        );
        printPage(page, resource.columns, createOutput(flags));
      });

    const create = withParent(group.command('create')).description(`create one of the ${resource.name}`);
    for (const [flag, description] of resource.fields) create.option(flag, description);
    create.option('--json', 'print JSON').action(async (flags: Flags) => {
      const body: Record<string, unknown> = {};
      for (const [flag, , field, required] of resource.fields) {
        const value = flags[camel(flag)];
        if (value === undefined && required) throw new UsageError(`${flag.split(' ')[0]} is required.`);
        if (value !== undefined) body[field] = value;
      }
      const result = await send(await connect(), 'POST', resource.collection, parentPath(resource, flags), {
        body,
      });
      printRecord(result, createOutput(flags));
    });
  }
};
