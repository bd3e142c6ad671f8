import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROTATION_SETTLE_MS } from '../../shared/domain/rotation.js';
import { CLI, type CliResult, runCli, runProcess } from '../support/cli.js';
import { type E2eKeyward, startE2eKeyward } from '../support/e2e.js';

/**
 * The `keyward` CLI as a user runs it: a child process against the real local server. Each command is a
 * process of its own, so a test of a dozen commands takes many seconds on a busy machine.
 */
describe('E2E: keyward CLI', { timeout: 120_000 }, () => {
  let kw: E2eKeyward;
  let home: string;
  let env: NodeJS.ProcessEnv;
  const outputs: CliResult[] = [];

  const keyward = async (args: string[], input?: string) => {
    const result = await runCli(args, { env, ...(input === undefined ? {} : { input }) });
    outputs.push(result);
    return result;
  };
  const json = async (args: string[]) => {
    const result = await keyward([...args, '--json']);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout);
  };

  const createSite = (workspaceId: string, name: string, shortName: string) =>
    json(['sites', 'create', '--workspace', workspaceId, '--name', name, '--short-name', shortName]);

  beforeAll(async () => {
    kw = await startE2eKeyward({ revocationBoundMs: 0 });
    home = await mkdtemp(join(tmpdir(), 'keyward-cli-'));
    const { KEYWARD_URL: _url, KEYWARD_ADMIN_KEY: _key, XDG_CONFIG_HOME: _xdg, ...rest } = process.env;
    env = { ...rest, HOME: home, NO_COLOR: '1' };
  });
  afterAll(async () => {
    await kw?.stop();
    await rm(home, { recursive: true, force: true });
  });

  it('lists its commands in --help', async () => {
    const help = await keyward(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['login', 'workspaces', 'sites', 'projects', 'tokens', 'audit-logs', 'verify'])
      expect(help.stdout).toContain(command);
    expect((await keyward(['tokens', 'create', '--help'])).stdout).toContain('--scope <api=level>');
  });

  it('logs in with the key on stdin, keeping it in a 0600 file', async () => {
    const login = await keyward(['login', '--url', kw.url], `${kw.ownerKey}\n`);
    expect(login.code, login.stderr).toBe(0);
    expect(login.stdout).toContain('Logged in');
    const file = join(home, '.config', 'keyward', 'config.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ url: kw.url, adminKey: kw.ownerKey });
  });

  it('creates a workspace, a site and a token; lists tokens as a table and as JSON; rotates and revokes', async () => {
    const workspace = await json(['workspaces', 'create', '--name', 'Magrathea', '--plan', 'enterprise']);
    const site = await createSite(workspace.id, 'Guide', 'guide');

    const created = await keyward([
      'tokens',
      'create',
      '--site',
      site.id,
      '--name',
      'CMS sync',
      '--scope',
      'sites=read',
      '--scope',
      'cms=write',
    ]);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/shown once/);
    const value = created.stdout.trim().split('\n').at(-1)!;
    expect((await kw.as(value).get(`/v2/sites/${site.id}`)).status).toBe(200);

    const table = await keyward(['tokens', 'list', '--site', site.id]);
    expect(table.stdout).toMatch(/^ID\s+NAME\s+START\s+STATUS\s+ACCESS/);
    expect(table.stdout).toContain('CMS sync');
    expect(table.stdout).toContain('sites:read cms:write');
    const listed = await json(['tokens', 'list', '--site', site.id]);
    expect(listed.items).toHaveLength(1);
    const oldId = listed.items[0].id;
    expect((await json(['tokens', 'list', '--site', site.id, '--filter', 'name=sync'])).items).toHaveLength(
      1,
    );
    expect(
      (
        await json([
          'tokens',
          'list',
          '--site',
          site.id,
          '--filter',
          'name=sync',
          '--filter',
          'unusedForDays=1',
        ])
      ).items,
    ).toHaveLength(0);
    const badFilter = await keyward(['tokens', 'list', '--site', site.id, '--filter', 'colour=red']);
    expect(badFilter.code).toBe(2);
    expect(badFilter.stderr).toContain('unusedForDays');

    const rotated = await keyward([
      'tokens',
      'create',
      '--site',
      site.id,
      '--name',
      'CMS sync 2',
      '--scope',
      'sites=read',
      '--quiet',
    ]);
    expect(rotated.stdout).toMatch(/^kws_[0-9a-f]{24}_[0-9A-Za-z]{38}\n$/);
    expect((await keyward(['tokens', 'revoke', oldId, '--site', site.id])).code).toBe(0);
    expect((await kw.as(value).get(`/v2/sites/${site.id}`)).status).toBe(401);
    expect((await kw.as(rotated.stdout.trim()).get(`/v2/sites/${site.id}`)).status).toBe(200);

    const regenerated = await keyward([
      'tokens',
      'regenerate',
      JSON.parse(
        (await keyward(['tokens', 'list', '--site', site.id, '--status', 'active', '--json'])).stdout,
      ).items[0].id,
      '--site',
      site.id,
      '--quiet',
    ]);
    expect(regenerated.code, regenerated.stderr).toBe(0);
    expect((await keyward(['verify', '-'], regenerated.stdout)).code).toBe(0);
    expect((await keyward(['verify', value])).code).toBe(1);

    // A token rotates itself: the value on stdin, the new one alone on stdout. Rotations less than a second
    // apart are refused as concurrent (409 token_changed), so the server's clock steps past that first.
    kw.clock.advance(ROTATION_SETTLE_MS + 100);
    // The workspace keeps values from now on: the self-rotated value can be shown again.
    await kw.api.put(`/v1/workspaces/${workspace.id}/token-policy`, { revealable: true });
    const selfRotated = await keyward(['tokens', 'rotate-self', '--grace', '60'], regenerated.stdout).finally(
      () => kw.clock.reset(),
    );
    expect(selfRotated.code, selfRotated.stderr).toBe(0);
    expect(selfRotated.stdout).toMatch(/^kws_[0-9a-f]{24}_[0-9A-Za-z]{38}\n$/);
    expect((await keyward(['verify', '-'], selfRotated.stdout)).code).toBe(0);
    const selfRotatedId = selfRotated.stdout.split('_')[1]!;
    const revealed = await keyward(['tokens', 'reveal', selfRotatedId, '--site', site.id]);
    expect(revealed.stdout, revealed.stderr).toBe(selfRotated.stdout);

    const audit = await keyward(['audit-logs', '--workspace', workspace.id]);
    expect(audit.stdout).toContain('token.revoked');
  });

  it('manages project and API tokens with their own flags', async () => {
    const project = await json(['projects', 'create', '--name', 'Blog']);
    await kw.api.post(`/v1/projects/${project.id}/content-types`, {
      name: 'article',
      pluralName: 'articles',
    });
    const custom = await json([
      'tokens',
      'create',
      '--project',
      project.id,
      '--name',
      'reader',
      '--type',
      'custom',
      '--permission',
      'article=find,findOne',
      '--lifespan',
      '30',
    ]);
    expect(custom).toMatchObject({
      kind: 'api',
      type: 'custom',
      permissions: { article: ['find', 'findOne'] },
      lifespan: 30,
    });
    const delivery = await keyward(
      [
        'tokens',
        'create',
        '--project',
        project.id,
        '--name',
        'CDN',
        '--ip',
        '10.0.0.0/8',
        '--header',
        'x-app=web',
        '--secret-key-stdin',
        '--json',
      ],
      'correct horse battery staple\n',
    );
    expect(delivery.code, delivery.stderr).toBe(0);
    expect(JSON.parse(delivery.stdout)).toMatchObject({
      kind: 'delivery',
      ipValues: ['10.0.0.0/8'],
      secretKeyEnabled: true,
    });
    const updated = await json([
      'tokens',
      'update',
      JSON.parse(delivery.stdout).id,
      '--project',
      project.id,
      '--disabled',
    ]);
    expect(updated.disabled).toBe(true);
    const enabled = await json(['tokens', 'update', updated.id, '--project', project.id, '--no-disabled']);
    expect(enabled.disabled).toBe(false);
    expect((await keyward(['tokens', 'logs', updated.id, '--project', project.id])).stdout).toContain(
      'Nothing here yet.',
    );
  });

  it('prints a token’s usage by outcome as a table and as JSON', async () => {
    // Prepare: a token of an identity, used 3 times and refused once
    const workspace = await json(['workspaces', 'create', '--name', 'Metered', '--plan', 'enterprise']);
    const site = await createSite(workspace.id, 'Metered', 'metered');
    const identity = await kw.api.post(`/v1/workspaces/${workspace.id}/identities`, { externalId: 'cus_1' });
    const created = await json([
      'tokens',
      'create',
      '--site',
      site.id,
      '--name',
      'counted',
      '--scope',
      'sites=read',
      '--identity',
      identity.body.id,
    ]);
    expect(created.identityId).toBe(identity.body.id);
    for (let i = 0; i < 3; i += 1) await kw.as(created.token).get(`/v2/sites/${site.id}`);
    await kw.as(created.token).post(`/v2/sites/${site.id}/publish`, {});
    await kw.keyward.flushUsage();

    // Act
    const printed = await keyward(['tokens', 'usage', created.id, '--granularity', 'day']);
    const parsed = await json(['tokens', 'usage', created.id]);

    // Assess
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toMatch(/^START\s+VALID\s+INSUFFICIENT_SCOPE\s+ALL/);
    expect(printed.stdout).toMatch(/TOTAL\s+3\s+1\s+4/);
    expect(parsed).toMatchObject({ total: 4, totals: { VALID: 3, INSUFFICIENT_SCOPE: 1 } });
  });

  it('lists, defines and deletes administrator roles', async () => {
    const workspace = (await kw.api.post('/v1/workspaces', { name: 'Roles', plan: 'free' })).body;
    const made = await json([
      'roles',
      'create',
      '--workspace',
      workspace.id,
      '--name',
      'Auditor',
      '--permission',
      'resource:read',
      '--permission',
      'tokens:read',
    ]);
    expect(made).toMatchObject({
      name: 'Auditor',
      builtIn: false,
      permissions: ['resource:read', 'tokens:read'],
    });
    const table = await keyward(['roles', 'list', '--workspace', workspace.id]);
    expect(table.stdout).toMatch(/token-manager\s+built-in/);
    expect(table.stdout).toMatch(/Auditor\s+custom\s+0\s+resource:read tokens:read/);
    const wrong = await keyward([
      'roles',
      'create',
      '--workspace',
      workspace.id,
      '--name',
      'x',
      '--permission',
      'tokens:fly',
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('tokens:reveal');
    expect((await keyward(['roles', 'delete', made.id, '--workspace', workspace.id])).code).toBe(0);
    expect((await json(['roles', 'list', '--workspace', workspace.id])).items).toHaveLength(4);
  });

  it('exits 2 with a helpful message on bad usage', async () => {
    for (const args of [
      ['tokens', 'lst'],
      ['tokens', 'create', '--name', 'x'],
      ['tokens', 'create', '--site', 'a'.repeat(24), '--name', 'x', '--scope', 'sites'],
      ['tokens', 'create', '--site', 'a'.repeat(24), '--bogus'],
      ['tokens', 'regenerate', 'a'.repeat(24), '--workspace', 'b'.repeat(24)],
    ]) {
      const result = await keyward(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.length).toBeGreaterThan(0);
    }
    expect(
      (await keyward(['tokens', 'create', '--site', 'a'.repeat(24), '--name', 'x', '--scope', 'sites']))
        .stderr,
    ).toContain('--scope expects name=value');
  });

  it("exits 1 with the API's message on a refusal (409 at the limit)", async () => {
    const workspace = await json(['workspaces', 'create', '--name', 'Full']);
    const site = await createSite(workspace.id, 'S', 's');
    for (let i = 0; i < 5; i += 1)
      await keyward([
        'tokens',
        'create',
        '--site',
        site.id,
        '--name',
        `t${i}`,
        '--scope',
        'sites=read',
        '--quiet',
      ]);
    const sixth = await keyward([
      'tokens',
      'create',
      '--site',
      site.id,
      '--name',
      't5',
      '--scope',
      'sites=read',
    ]);
    expect(sixth.code).toBe(1);
    expect(sixth.stderr).toMatch(/token_limit_reached, HTTP 409/);
    expect(sixth.stdout).toBe('');
  });

  it('runs the README rotation example verbatim', async () => {
    const readme = await readFile('README.md', 'utf8');
    const example = /<!-- rotation-example -->\n```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    const workspace = await json(['workspaces', 'create', '--name', 'R']);
    const site = await createSite(workspace.id, 'R', 'r');
    const old = await json(['tokens', 'create', '--site', site.id, '--name', 'old', '--scope', 'sites=read']);
    const bin = join(home, 'bin');
    await mkdir(bin, { recursive: true });
    await writeFile(join(bin, 'keyward'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    await chmod(join(bin, 'keyward'), 0o755);
    const script = `set -eu\ndeploy_token() { printf '%s' "$1" > "${join(home, 'deployed')}"; }\n${example}`;
    const result = await runProcess('bash', ['-c', script], {
      env: { ...env, PATH: `${bin}:${env.PATH}`, SITE_ID: site.id, OLD_TOKEN_ID: old.id },
    });
    outputs.push(result);
    expect(result.code, result.stderr).toBe(0);
    const deployed = await readFile(join(home, 'deployed'), 'utf8');
    expect((await kw.as(deployed).get(`/v2/sites/${site.id}`)).status).toBe(200);
    expect((await kw.as(old.token).get(`/v2/sites/${site.id}`)).status).toBe(401);
  });

  it('never writes a token to stderr or to the config file', async () => {
    const config = await readFile(join(home, '.config', 'keyward', 'config.json'), 'utf8');
    const stderr = outputs.map((output) => output.stderr).join('\n');
    for (const value of kw.issued()) {
      expect(config.includes(value)).toBe(false);
      expect(stderr.includes(value)).toBe(false);
    }
    expect(stderr).not.toMatch(/kw[swdca]_[0-9a-f]{24}_/);
  });
});
