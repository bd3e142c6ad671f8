import type { Command } from 'commander';
import { createKeywardClient } from '../../client/index.js';
import { SELF_ROTATION } from '../../shared/domain/rotation.js';
import { TOKEN_FILTER_NAMES } from '../../shared/domain/token-inventory.js';
import { connect, send } from '../api.js';
import { readConfig } from '../config.js';
import { type Column, createOutput, printPage, printRecord, shortTime } from '../output.js';
import { type CliTokenKind, resolveKind, type TokenFlags } from '../token-kinds.js';
import { parseInteger, readSecretFromStdin } from '../token-options.js';
import { UsageError } from '../usage-error.js';
import { printUsage, type Usage } from '../usage-table.js';

type Token = Record<string, unknown>;
type Flags = TokenFlags & {
  json?: boolean;
  quiet?: boolean;
  limit?: number;
  cursor?: string;
  status?: string;
  filter?: string[];
  grace?: number;
  from?: string;
  to?: string;
  granularity?: string;
};

const collect = (value: string, previous: string[]) => [...previous, value];

/** `--filter name=value` pairs as list query parameters; the names are the API's inventory filters. */
const filterQuery = (pairs: readonly string[] = []): Record<string, string> =>
  Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      if (at < 1 || !(TOKEN_FILTER_NAMES as readonly string[]).includes(name))
        throw new UsageError(
          `--filter takes <name>=<value>, with a name of: ${TOKEN_FILTER_NAMES.join(', ')}.`,
        );
      return [name, pair.slice(at + 1)];
    }),
  );

/** Flags every token command takes: the owner, the kind, and the output. */
const withTarget = (command: Command): Command =>
  command
    .option('--site <id>', 'the site (site tokens)')
    .option('--workspace <id>', 'the workspace (workspace tokens)')
    .option('--project <id>', 'the project (project tokens; API tokens with --kind api)')
    .option('--kind <kind>', 'site | workspace | project | api (default: from the owner flag)')
    .option('--json', 'print JSON');

/** Flags that set a token's fields, on create and update. */
const withFields = (command: Command): Command =>
  command
    .option('--name <name>', 'name (title of a project token)')
    .option('--description <text>', 'description')
    .option('--rate-limit <n/seconds>', 'at most n allowed requests per window; "none" removes it')
    .option(
      '--credits <credits>',
      'allowed verifications: <n>, <n>/<amount> daily|monthly[@day] (refilled), +<n> (top-up), "none"',
    )
    .option('--identity <id>', 'the identity the token belongs to (shares its limits); "none" takes it out')
    .option('--type <type>', 'API token type: read-only | full-access | custom')
    .option('--lifespan <days>', 'API token lifespan: 7 | 30 | 90 | unlimited')
    .option('--environment <id>', 'project token environment')
    .option('--disabled', 'create or set a project token disabled')
    .option('--no-disabled', 'enable a disabled project token again')
    .option('--secret-key-stdin', 'read a project token secret key from stdin')
    .option('--scope <api=level>', 'site/workspace token scope, e.g. sites=read (repeatable)', collect, [])
    .option(
      '--permission <type=actions>',
      'custom API token actions, e.g. article=find,findOne (repeatable)',
      collect,
      [],
    )
    .option('--ip <address>', 'project token allowed IP or CIDR (repeatable)', collect, [])
    .option('--header <name=value>', 'project token required header (repeatable)', collect, []);

const columns = (kind: CliTokenKind): Column<Token>[] => [
  ['ID', (t) => String(t.id)],
  ['NAME', (t) => String(t.title ?? t.name)],
  ['START', (t) => String(t.start)],
  ['STATUS', (t) => String(t.status)],
  ['ACCESS', (t) => kind.access(t)],
  ['LAST USED', (t) => shortTime(t.lastUsedAt as string | null)],
  ['ENDS', (t) => shortTime((t.expiresAt ?? t.staleAt) as string | null)],
  [
    'CREDITS',
    (t) =>
      t.credits === null || t.credits === undefined
        ? '-'
        : String((t.credits as { remaining: number }).remaining),
  ],
];

const item = (kind: CliTokenKind, ownerId: string, tokenId: string) => ({
  template: `${kind.collection}/{tokenId}`,
  path: { [kind.ownerParam]: ownerId, tokenId },
});

/** Create and regenerate print the value once: alone with --quiet, in the JSON with --json. */
const printIssued = (issued: Token, flags: Flags) => {
  const out = createOutput(flags);
  if (out.quiet) return out.print(String(issued.token));
  if (out.json) return out.print(JSON.stringify(issued, null, 2));
  const { token, ...rest } = issued;
  printRecord(rest, out);
  out.print('');
  out.print(out.style('yellow', 'Token (shown once; you will not see it again):'));
  out.print(String(token));
};

export const registerTokenCommands = (program: Command): void => {
  const tokens = program.command('tokens').description('site, workspace, project and API tokens');

  withTarget(tokens.command('list'))
    .description('list tokens, newest first (values are never shown)')
    .option('--status <status>', 'active | revoked | expired')
    .option(
      '--filter <name=value>',
      `only matching tokens (repeatable): ${TOKEN_FILTER_NAMES.join(', ')}, e.g. unusedForDays=90`,
      collect,
      [],
    )
    .option('--limit <n>', 'items per page', parseInteger('--limit'))
    .option('--cursor <cursor>', 'next page')
    .action(async (flags: Flags) => {
      const { kind, ownerId } = resolveKind(flags);
      const page = await send<{ items: Token[]; nextCursor?: string }>(
        await connect(),
        'GET',
        kind.collection,
        { [kind.ownerParam]: ownerId },
        {
          query: {
            status: flags.status,
            ...filterQuery(flags.filter),
            limit: flags.limit,
            cursor: flags.cursor,
          },
        },
      );
      printPage(page, columns(kind), createOutput(flags));
    });

  withFields(withTarget(tokens.command('create')))
    .description('create a token; its value is printed once')
    .option('--quiet', 'print only the token value')
    .action(async (flags: Flags) => {
      const { kind, ownerId } = resolveKind(flags);
      const body = await kind.body(flags, 'create');
      const issued = await send(
        await connect(),
        'POST',
        kind.collection,
        { [kind.ownerParam]: ownerId },
        { body },
      );
      printIssued(issued, flags);
    });

  withTarget(tokens.command('get'))
    .argument('<tokenId>')
    .description('show one token')
    .action(async (tokenId: string, flags: Flags) => {
      const { kind, ownerId } = resolveKind(flags);
      const { template, path } = item(kind, ownerId, tokenId);
      printRecord(await send(await connect(), 'GET', template, path), createOutput(flags));
    });

  withFields(withTarget(tokens.command('update')))
    .argument('<tokenId>')
    .description('change a token: only the fields given')
    .action(async (tokenId: string, flags: Flags) => {
      const { kind, ownerId } = resolveKind(flags);
      const body = await kind.body(flags, 'update');
      if (Object.keys(body).length === 0)
        throw new UsageError('Nothing to change: give at least one field flag.');
      const { template, path } = item(kind, ownerId, tokenId);
      printRecord(await send(await connect(), 'PATCH', template, path, { body }), createOutput(flags));
    });

  withTarget(tokens.command('revoke'))
    .alias('delete')
    .argument('<tokenId>')
    .description(
      'revoke a token (project and API tokens are deleted): it stops working everywhere within 1 second',
    )
    .action(async (tokenId: string, flags: Flags) => {
      const { kind, ownerId } = resolveKind(flags);
      const { template, path } = item(kind, ownerId, tokenId);
      // A revoke answers the revoked token; a delete answers 204 and nothing.
      const revoked = await send<Record<string, unknown> | undefined>(
        await connect(),
        'DELETE',
        template,
        path,
      );
      const out = createOutput(flags);
      if (out.json) out.print(JSON.stringify(revoked ?? { id: tokenId, deleted: true }, null, 2));
      else out.print(revoked === undefined ? `Deleted ${tokenId}.` : `Revoked ${tokenId}.`);
    });

  withTarget(tokens.command('regenerate'))
    .argument('<tokenId>')
    .description('new value, same token; the old value keeps working for --grace seconds')
    .option(
      '--grace <seconds>',
      'seconds the previous value stays valid (default 0)',
      parseInteger('--grace'),
    )
    .option('--quiet', 'print only the token value')
    .action(async (tokenId: string, flags: Flags) => {
      const { kind, ownerId } = resolveKind(flags);
      if (!kind.regenerable)
        throw new UsageError(
          `A ${kind.label} cannot be regenerated: create a new one, then revoke this one.`,
        );
      const { template, path } = item(kind, ownerId, tokenId);
      const body = { gracePeriodSeconds: flags.grace ?? 0 };
      printIssued(await send(await connect(), 'POST', `${template}/regenerate`, path, { body }), flags);
    });

  withTarget(tokens.command('reveal'))
    .argument('<tokenId>')
    .description(
      "show a token's value again, where its workspace or project keeps values (revealable); admins, audited",
    )
    .action(async (tokenId: string, flags: Flags) => {
      const { kind, ownerId } = resolveKind(flags);
      if (!kind.revealable) throw new UsageError(`A ${kind.label}'s value is never kept to be shown again.`);
      const { template, path } = item(kind, ownerId, tokenId);
      const shown = await send<{ token: string }>(await connect(), 'POST', `${template}/reveal`, path, {});
      process.stdout.write(`${shown.token}\n`);
    });

  tokens
    .command('rotate-self')
    .description(
      'a site, workspace or API token replaces its own value: reads the token from stdin, prints the new one alone',
    )
    .option(
      '--grace <seconds>',
      `seconds the old value stays valid (default ${SELF_ROTATION.defaultGraceSeconds}, at most ${SELF_ROTATION.maxGraceSeconds})`,
      parseInteger('--grace'),
    )
    .action(async (flags: Flags) => {
      const token = await readSecretFromStdin('Token: ');
      const url = process.env.KEYWARD_URL || (await readConfig()).url;
      if (url === undefined)
        throw new UsageError('Set KEYWARD_URL or run `keyward login --url <url>` first.');
      // The token authenticates itself: no admin key is involved.
      const client = createKeywardClient({ baseUrl: url, adminKey: token });
      const body = flags.grace === undefined ? {} : { gracePeriodSeconds: flags.grace };
      const issued = await send<{ token: string }>(client, 'POST', '/v1/tokens/self/rotate', {}, { body });
      process.stdout.write(`${issued.token}\n`);
    });

  withTarget(tokens.command('logs'))
    .argument('<tokenId>')
    .description("a project token's requests: user agent, IP, geo, query, outcome")
    .option('--limit <n>', 'items per page', parseInteger('--limit'))
    .option('--cursor <cursor>', 'next page')
    .action(async (tokenId: string, flags: Flags) => {
      const { kind, ownerId } = resolveKind(flags);
      if (!kind.hasLogs) throw new UsageError('Request logs are kept for project tokens only (--project).');
      const { template, path } = item(kind, ownerId, tokenId);
      const page = await send<{ items: Token[]; nextCursor?: string }>(
        await connect(),
        'GET',
        `${template}/logs`,
        path,
        {
          query: { limit: flags.limit, cursor: flags.cursor },
        },
      );
      printPage(
        page,
        [
          ['AT', (e) => shortTime(e.at as string)],
          ['REQUEST', (e) => `${e.method} ${e.path}${e.query ? `?${e.query}` : ''}`],
          ['OUTCOME', (e) => String(e.outcome)],
          ['IP', (e) => e.sourceIp as string | null],
          ['GEO', (e) => [e.country, e.city].filter(Boolean).join(' ') || null],
          ['USER AGENT', (e) => e.userAgent as string | null],
        ],
        createOutput(flags),
      );
    });

  tokens
    .command('usage')
    .argument('<tokenId>')
    .description('verifications of a token per hour or day, by outcome (counts arrive within a minute)')
    .option('--from <time>', 'start, ISO 8601 (default: 24 hours or 30 days before --to)')
    .option('--to <time>', 'end, ISO 8601 (default: now)')
    .option('--granularity <size>', 'hour | day (default hour)')
    .option('--json', 'print JSON')
    .action(async (tokenId: string, flags: Flags) => {
      const usage = await send<Usage>(
        await connect(),
        'GET',
        '/v1/tokens/{tokenId}/usage',
        { tokenId },
        { query: { from: flags.from, to: flags.to, granularity: flags.granularity } },
      );
      printUsage(usage, createOutput(flags));
    });
};
