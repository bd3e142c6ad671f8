import { type TokenKind, tokenKinds } from '../shared/domain/kinds.js';
import { routes } from '../shared/http/routes/index.js';
import {
  parseCredits,
  parseHeaders,
  parseLifespan,
  parsePermissions,
  parseRateLimit,
  parseScopes,
  readSecretFromStdin,
} from './token-options.js';
import { UsageError } from './usage-error.js';

/** The token flags every `keyward tokens …` command accepts (commander's parsed options). */
export interface TokenFlags {
  readonly site?: string;
  readonly workspace?: string;
  readonly project?: string;
  readonly kind?: string;
  readonly name?: string;
  readonly description?: string;
  readonly scope?: string[];
  readonly type?: string;
  readonly permission?: string[];
  readonly lifespan?: string;
  readonly ip?: string[];
  readonly header?: string[];
  readonly secretKeyStdin?: boolean;
  readonly environment?: string;
  readonly disabled?: boolean;
  readonly rateLimit?: string;
  readonly credits?: string;
  readonly identity?: string;
}

type Body = Record<string, unknown>;
type Owner = 'site' | 'workspace' | 'project';

/** How one token kind looks from the terminal: its owner flag, its API paths, and its request bodies. */
export interface CliTokenKind {
  readonly label: string;
  readonly owner: Owner;
  /** Path template of the kind's collection, and the name of its owner parameter. */
  readonly collection: string;
  readonly ownerParam: string;
  readonly regenerable: boolean;
  readonly revealable: boolean;
  readonly hasLogs: boolean;
  /** Body of a create (`all`) or an update (only what was given). */
  body(flags: TokenFlags, mode: 'create' | 'update'): Promise<Body>;
  /** One-cell summary of what the token may do. */
  access(token: Record<string, unknown>): string;
}

/**
 * What the kinds table and the route table already say about a kind — its label, whether it can be
 * regenerated, whether it keeps request logs, its collection path and owner parameter — so the CLI never
 * restates them.
 */
const factsOf = (kind: TokenKind) => {
  const create = routes.find(
    (route) => route.tokens?.kind === kind && route.handler === 'functions/tokens/create',
  )!;
  const definition = tokenKinds[kind];
  return {
    label: definition.label,
    owner: definition.ownerType as Owner,
    collection: create.path,
    ownerParam: create.tokens!.ownerParam,
    regenerable: definition.regenerable,
    revealable: definition.revealable,
    hasLogs: definition.requestLogs,
  };
};

/** Drops unset fields, so an update changes only what was asked. */
const defined = (body: Body): Body =>
  Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));

const common = (flags: TokenFlags) => ({
  description: flags.description,
  rateLimit: parseRateLimit(flags.rateLimit),
  credits: parseCredits(flags.credits),
  identityId: flags.identity === 'none' ? null : flags.identity,
});

const scopesSummary = (token: Record<string, unknown>): string =>
  Object.entries((token.scopes as Record<string, string> | null) ?? {})
    .filter(([, level]) => level !== 'none')
    .map(([api, level]) => `${api}:${level}`)
    .join(' ');

const requireName = (flags: TokenFlags, mode: 'create' | 'update') => {
  if (mode === 'create' && flags.name === undefined)
    throw new UsageError('--name is required to create a token');
};

/** Site and workspace tokens: a name and scopes. */
const scopedBody = async (flags: TokenFlags, mode: 'create' | 'update'): Promise<Body> => {
  requireName(flags, mode);
  return defined({ name: flags.name, scopes: parseScopes(flags.scope ?? []), ...common(flags) });
};

export const CLI_TOKEN_KINDS: Readonly<Record<string, CliTokenKind>> = {
  site: {
    ...factsOf('site'),
    body: scopedBody,
    access: scopesSummary,
  },
  workspace: {
    ...factsOf('workspace'),
    body: scopedBody,
    access: scopesSummary,
  },
  project: {
    ...factsOf('delivery'),
    body: async (flags, mode) => {
      requireName(flags, mode);
      const secretKey = flags.secretKeyStdin ? await readSecretFromStdin('Secret key: ') : undefined;
      return defined({
        title: flags.name,
        environment: flags.environment,
        disabled: flags.disabled,
        ...(flags.ip === undefined || flags.ip.length === 0
          ? {}
          : { ipRestrictionsEnabled: true, ipValues: flags.ip }),
        ...(secretKey === undefined ? {} : { secretKeyEnabled: true, secretKey }),
        requiredHeaders: parseHeaders(flags.header ?? []),
        ...common(flags),
      });
    },
    access: (token) =>
      [
        `env:${token.environment ?? '-'}`,
        (token.ipValues as string[] | undefined)?.length ? 'ip' : '',
        token.secretKeyEnabled ? 'secret' : '',
        token.disabled ? 'disabled' : '',
      ]
        .filter(Boolean)
        .join(' '),
  },
  api: {
    ...factsOf('api'),
    body: async (flags, mode) => {
      requireName(flags, mode);
      if (mode === 'create' && flags.type === undefined)
        throw new UsageError('--type (read-only, full-access or custom) is required to create an API token');
      return defined({
        name: flags.name,
        type: flags.type,
        lifespan: parseLifespan(flags.lifespan),
        permissions: parsePermissions(flags.permission ?? []),
        ...common(flags),
      });
    },
    access: (token) => {
      const permissions = Object.entries((token.permissions as Record<string, string[]>) ?? {});
      const custom = permissions.map(([type, actions]) => `${type}:${actions.join(',')}`).join(' ');
      return token.type === 'custom' ? custom : String(token.type);
    },
  },
};

/** The kind a command means: `--kind`, else the owner flag (`--project` with API-token flags means an API token). */
export const resolveKind = (flags: TokenFlags): { kind: CliTokenKind; ownerId: string } => {
  const owners = (['site', 'workspace', 'project'] as const).filter((owner) => flags[owner] !== undefined);
  if (owners.length !== 1) throw new UsageError('Give exactly one of --site, --workspace or --project.');
  const owner = owners[0]!;
  const apiFlags =
    flags.type !== undefined || (flags.permission ?? []).length > 0 || flags.lifespan !== undefined;
  const name = flags.kind ?? (owner === 'project' && apiFlags ? 'api' : owner);
  const kind = CLI_TOKEN_KINDS[name];
  if (kind === undefined)
    throw new UsageError(`--kind must be one of ${Object.keys(CLI_TOKEN_KINDS).join(', ')}, got "${name}"`);
  if (kind.owner !== owner)
    throw new UsageError(`A ${kind.label} belongs to a ${kind.owner}: use --${kind.owner}.`);
  return { kind, ownerId: flags[owner]! };
};
