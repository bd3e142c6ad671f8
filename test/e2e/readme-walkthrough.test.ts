import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpKeyward } from '../support/deployed.js';
import { startHttpKeyward } from '../support/target.js';

const run = promisify(execFile);

/** The README's walkthrough, run as written (only the port differs) against a real local server. */
describe('E2E: README walkthrough', () => {
  let kw: HttpKeyward;

  beforeAll(async () => {
    kw = await startHttpKeyward();
  });
  afterAll(async () => kw?.stop());

  it('creates a workspace, a site and a site token, lists it and revokes it', async () => {
    // Prepare
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /<!-- walkthrough:start -->\s*```bash\n([\s\S]*?)```\s*<!-- walkthrough:end -->/.exec(
      readme,
    )?.[1];
    expect(block).toBeDefined();
    const script = block!.replaceAll('http://127.0.0.1:3000', kw.url);

    // Act
    const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', script], { cwd: kw.workdir });

    // Assess
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^kws_[0-9a-f]{24}_[0-9A-Za-z]{38}$/);
    const listed = JSON.parse(lines.slice(1, -1).join('\n'));
    expect(listed).toMatchObject({ name: 'CMS sync', status: 'active', start: lines[0]!.slice(0, 33) });
    expect(lines.at(-1)).toBe('revoked');
    const workspaces = await kw.api.get('/v1/workspaces');
    expect(workspaces.body.items.map((w: { name: string }) => w.name)).toContain('Magrathea');
  });
});
