import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureConsoleBuilt } from '../../local/console-assets.js';
import { launchTestBrowser } from '../support/chromium.js';
import { createPrincipalWithKey, type E2eKeyward, startE2eKeyward } from '../support/e2e.js';

/** Where every screen is saved for review (ignored by git, like the rest of test-results/). */
const SCREENSHOTS = 'test-results/screenshots';

/** The admin console in real headless Chromium, against the real local server and authorizer. */
describe('E2E: admin console in Chromium', () => {
  let kw: E2eKeyward;
  let browser: Browser;
  let page: Page;

  /** Serious and critical accessibility findings (axe-core), per screen shot. */
  const accessibility: string[] = [];

  /** Screenshots never hold a token value: the one-time value is masked. Every screen shot is also checked by axe. */
  const shot = async (name: string) => {
    await page.screenshot({
      path: `${SCREENSHOTS}/${name}.png`,
      fullPage: true,
      mask: [page.getByTestId('new-token')],
    });
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const violation of violations) {
      if (violation.impact === 'serious' || violation.impact === 'critical') {
        accessibility.push(
          `${name}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
      }
    }
  };
  /** The value shown once sits inside the viewport, and its panel holds the focus, wherever the action was. */
  const expectShownOnce = async () => {
    const value = page.getByTestId('new-token');
    await value.waitFor();
    // These run in the page: its globals, which the test's own types do not know.
    const inView = await value.evaluate((element: any) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= (globalThis as any).innerHeight;
    });
    expect(inView).toBe(true);
    const focused = await page.evaluate(
      () => (globalThis as any).document.activeElement?.closest('[data-testid="one-time"]') !== null,
    );
    expect(focused).toBe(true);
  };
  /**
   * Moves the focus with Tab alone until it is on the control named `name` (at most 80 presses): what a
   * keyboard user does, with no click or programmatic focus.
   */
  const tabTo = async (name: string | RegExp) => {
    for (let presses = 0; presses < 80; presses += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = (globalThis as any).document.activeElement;
        const document = (globalThis as any).document;
        const labelledBy = (element?.getAttribute('aria-labelledby') ?? '')
          .split(' ')
          .map((id: string) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
        return `${element?.getAttribute('aria-label') ?? ''}|${element?.labels?.[0]?.textContent ?? ''}|${element?.textContent ?? ''}|${labelledBy}`;
      });
      if (
        focused.split('|').some((text) => (typeof name === 'string' ? text.trim() === name : name.test(text)))
      )
        return;
    }
    throw new Error(`Tab never reached ${name}`);
  };
  /** Chooses an option of a Cloudscape Select by its label: open the list, pick the option. */
  const choose = async (label: string, option: string | RegExp) => {
    await page.getByLabel(label, { exact: true }).click();
    await page.getByRole('option').filter({ hasText: option }).click();
  };
  /** Narrows a token list with its property filter: free text, or "Property = value". */
  const findTokens = async (query: string) => {
    const filter = page.getByRole('combobox', { name: /^Find / });
    await filter.fill(query);
    await filter.press('Enter');
  };
  const statusWith = async (token: string, path: string) =>
    (await fetch(`${kw.url}${path}`, { headers: { authorization: `Bearer ${token}` } })).status;

  beforeAll(async () => {
    await Promise.all([ensureConsoleBuilt(), mkdir(SCREENSHOTS, { recursive: true })]);
    kw = await startE2eKeyward({ revocationBoundMs: 0, webhookIntervalMs: 200 });
    ({ browser } = await launchTestBrowser());
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: kw.url });
    page = await context.newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await kw?.stop();
  });

  it('signs in with an admin key kept in sessionStorage only', async () => {
    await page.goto(`${kw.url}/console/`);
    await shot('sign-in');
    await page.getByLabel('Admin key').fill('kwa_not-a-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The refusal sits beside the field, tied to it for screen readers.
    await expect.poll(() => page.getByLabel('Admin key').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Admin key').fill(kw.ownerKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Workspaces' }).waitFor();
    await shot('workspaces');
    expect(await page.getByTestId('principal').textContent()).toBeTruthy();
    expect(
      await page.evaluate(() => [
        (globalThis as any).sessionStorage.length,
        (globalThis as any).localStorage.length,
      ]),
    ).toEqual([1, 0]);
  });

  it('creates a site token, shows it once, copies it, and revokes it', async () => {
    await page.getByLabel('Name', { exact: true }).fill('Magrathea');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('link', { name: 'Magrathea' }).click();
    await page.getByLabel('Display name').waitFor();
    await shot('workspace');
    await page.getByLabel('Display name').fill('The Guide');
    await page.getByLabel('Short name').fill('guide');
    await page.getByRole('button', { name: 'Create site' }).click();
    await page
      .getByRole('row', { name: /The Guide/ })
      .getByRole('link', { name: 'API access' })
      .click();
    await page.getByTestId('token-limit').waitFor();
    expect(await page.getByTestId('token-limit').textContent()).toBe('0 of 5 tokens used');
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await breadcrumb.getByRole('link', { name: 'Magrathea' }).waitFor();
    const siteId = page.url().split('/sites/')[1]!.split('/')[0]!;

    await page.getByRole('button', { name: 'Generate token' }).click();
    await page.getByLabel('Token name').fill('CMS sync');
    await page.locator('input[name="scope-sites"][value="read"]').check();
    await page.getByRole('button', { name: 'Generate token', exact: true }).click();
    await expectShownOnce();
    const value = (await page.getByTestId('new-token').textContent())!;
    expect(value).toMatch(/^kws_/);
    expect(await page.getByText("You won't see it again.").isVisible()).toBe(true);
    await shot('site-token-created');
    await page.getByRole('button', { name: 'Copy' }).click();
    expect(await page.evaluate(() => (globalThis as any).navigator.clipboard.readText())).toBe(value);
    expect(await statusWith(value, `/v2/sites/${siteId}`)).toBe(200);

    await page.getByRole('button', { name: 'I have copied it' }).click();
    expect(await page.getByTestId('new-token').count()).toBe(0);
    expect(await page.getByTestId('token-limit').textContent()).toBe('1 of 5 tokens used');
    // Times read as people say them, the date and time on hover.
    const created = page
      .getByRole('row', { name: /CMS sync/ })
      .locator('time')
      .first();
    expect(await created.textContent()).toBe('just now');
    expect(await created.getAttribute('title')).toMatch(/\d{4}/);
    await page
      .getByRole('row', { name: /CMS sync/ })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await shot('site-token-revoke-dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('cell', { name: 'revoked' }).waitFor();
    expect(await statusWith(value, `/v2/sites/${siteId}`)).toBe(401);
    await shot('site-api-access');
  });

  it('shows when a token was rotated and by whom, and that it was reported leaked', async () => {
    // On a phone's screen the form is far below the top, where the value is shown.
    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByRole('button', { name: 'Generate token' }).click();
    await page.getByLabel('Token name').fill('Deploy bot');
    await page.locator('input[name="scope-sites"][value="read"]').check();
    await page.getByRole('button', { name: 'Generate token', exact: true }).click();
    await expectShownOnce();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'I have copied it' }).click();
    const row = page.getByRole('row', { name: /Deploy bot/ });
    await row.getByRole('button', { name: 'Regenerate' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Regenerate' }).click();
    await expectShownOnce();
    const value = (await page.getByTestId('new-token').textContent())!;
    await page.getByRole('button', { name: 'I have copied it' }).click();
    // Who rotated it, by name: never a bare principal id.
    await row.getByText(`by ${kw.keyward.bootstrap!.principal.name}`).waitFor();

    const report = await fetch(`${kw.url}/v1/token-leaks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tokens: [value], source: 'browser test' }),
    });
    expect(report.status).toBe(202);
    await page.reload();
    await row.getByText(/Reported leaked/).waitFor();
    expect(await row.getByRole('cell', { name: /revoked/ }).count()).toBe(1);

    // Finding a token: part of its name, or its status.
    await findTokens('deploy');
    await expect.poll(() => page.getByRole('row', { name: /CMS sync/ }).count()).toBe(0);
    expect(await row.count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await findTokens('Status = active');
    await page.getByText('No site token matches.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    // And by who created it, by name.
    await findTokens(`Created by = ${kw.keyward.bootstrap!.principal.name}`);
    await row.waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await shot('site-token-leaked');
  });

  it("shows the tokens of the workspace the route names, going straight from one's tokens to another's", async () => {
    const back = page.url();
    const owners = await Promise.all(
      ['Vogsphere', 'Krikkit'].map(async (name) => {
        const workspace = await kw.api.post('/v1/workspaces', { name, plan: 'enterprise' });
        const token = { name: `${name} bot`, scopes: { workspace: 'read' } };
        expect((await kw.api.post(`/v1/workspaces/${workspace.body.id}/tokens`, token)).status).toBe(201);
        return { id: workspace.body.id as string, bot: `${name} bot` };
      }),
    );
    for (const [shown, other] of [owners, [...owners].reverse()] as const) {
      await page.goto(`${kw.url}/console/#/workspaces/${shown!.id}/tokens`);
      await page.getByRole('row', { name: new RegExp(shown!.bot) }).waitFor();
      expect(await page.getByRole('row', { name: new RegExp(other!.bot) }).count()).toBe(0);
    }
    await page.goto(back);
  });

  it('draws a token’s verifications as stacked bars by outcome, and the site’s', async () => {
    // Prepare: a token used 6 times and refused twice (publishing needs write)
    const siteId = page.url().split('/sites/')[1]!.split('/')[0]!;
    const created = await kw.api.post(`/v1/sites/${siteId}/tokens`, {
      name: 'Charted',
      scopes: { sites: 'read' },
    });
    for (let i = 0; i < 6; i += 1)
      expect(await statusWith(created.body.token, `/v2/sites/${siteId}`)).toBe(200);
    for (let i = 0; i < 2; i += 1) {
      const refused = await fetch(`${kw.url}/v2/sites/${siteId}/publish`, {
        method: 'POST',
        headers: { authorization: `Bearer ${created.body.token}`, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(refused.status).toBe(403);
    }
    await kw.keyward.flushUsage();

    // Act
    await page.reload();
    const usage = page.getByTestId('usage');
    // The site's chart counts its earlier tokens' verifications too.
    await usage.getByText(/\d+ verifications/).waitFor();
    await page
      .getByRole('row', { name: /Charted/ })
      .getByRole('button', { name: 'Usage' })
      .click();
    await usage.getByRole('heading', { name: 'Verifications of "Charted"' }).waitFor();

    // Assess: the chart draws bars in the colours of both outcomes
    const barsIn = (colour: string) =>
      page.getByTestId('usage-chart').evaluate(
        (chart: any, fill) =>
          // Stacked segments are rectangles, or paths where a segment has rounded corners.
          [...chart.querySelectorAll('svg rect, svg path')].filter(
            (bar: any) => bar.getAttribute('fill') === fill && bar.getBBox().height > 0,
          ).length,
        colour,
      );
    await expect.poll(() => barsIn('#1a7f37')).toBeGreaterThan(0);
    expect(await barsIn('#bf8700')).toBeGreaterThan(0);
    expect(await usage.getByTestId('usage-summary').textContent()).toContain(
      '8 verifications: 6 VALID, 2 INSUFFICIENT_SCOPE',
    );
    await shot('token-usage');
  });

  it('creates a custom API token with permission checkboxes', async () => {
    // Each step waits on what the page shows after the API answered, never on time.
    // The side navigation stays closed after the phone-width steps before (as Cloudscape keeps it): a person
    // opens it first, then follows its link.
    const closedNavigation = page.getByRole('button', { name: 'Open side navigation', expanded: false });
    if ((await closedNavigation.count()) > 0) await closedNavigation.click();
    await page.getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('heading', { name: 'Projects', exact: true }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Blog');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('link', { name: 'Blog', exact: true }).click();
    await page.getByRole('heading', { name: 'Blog', exact: true }).waitFor();
    await page.getByLabel('Name (singular)').fill('article');
    await page.getByLabel('Plural name').fill('articles');
    await page.getByRole('button', { name: 'Add content type' }).click();
    await page.getByText('/api/articles').waitFor();
    await shot('project');

    await page.getByRole('link', { name: 'API tokens' }).click();
    await page.getByRole('button', { name: 'Create new API Token' }).click();
    await page.getByLabel('Name', { exact: true }).fill('reader');
    await choose('Token type', 'Custom');
    await page.getByRole('checkbox', { name: 'article find', exact: true }).check();
    await page.getByRole('checkbox', { name: 'article findOne' }).check();
    await shot('api-token-form');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectShownOnce();
    const value = (await page.getByTestId('new-token').textContent())!;
    expect(value).toMatch(/^kwc_/);
    expect(await statusWith(value, '/api/articles')).toBe(200);
    expect(
      (
        await fetch(`${kw.url}/api/articles`, {
          method: 'POST',
          headers: { authorization: `Bearer ${value}`, 'content-type': 'application/json' },
          body: '{"data":{}}',
        })
      ).status,
    ).toBe(403);
    await shot('api-tokens');

    // Regenerate lives in the token's edit view, behind a confirmation that says what grace does.
    await page.getByRole('button', { name: 'I have copied it' }).click();
    const row = page.getByRole('row', { name: /reader/ });
    expect(await row.getByRole('button', { name: 'Regenerate' }).count()).toBe(0);
    await row.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Regenerate' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Keep the old value working for (seconds)').fill('0');
    await dialog.getByRole('button', { name: 'Regenerate' }).click();
    await expectShownOnce();
    const regenerated = (await page.getByTestId('new-token').textContent())!;
    expect(regenerated).not.toBe(value);
    expect(await statusWith(regenerated, '/api/articles')).toBe(200);
    await page.getByRole('button', { name: 'I have copied it' }).click();
  });

  it("shows a project's audit log, with who did what by name", async () => {
    const projectId = page.url().split('/projects/')[1]!.split('/')[0]!;
    await page.goto(`${kw.url}/console/#/projects/${projectId}`);
    await page.getByRole('link', { name: 'Audit log' }).click();
    const created = page.getByRole('row', { name: /token\.created/ }).first();
    await created.waitFor();
    await created.getByRole('cell', { name: kw.keyward.bootstrap!.principal.name, exact: true }).waitFor();
    expect(page.url()).toContain(`/projects/${projectId}/audit`);
    await shot('project-audit-log');
  });

  it('shows an invalid IP restriction next to its field', async () => {
    const projectId = page.url().split('/projects/')[1]!.split('/')[0]!;
    await page.goto(`${kw.url}/console/#/projects/${projectId}/tokens`);
    await page.getByRole('button', { name: 'New project token' }).click();
    await page.getByLabel('Title').fill('CDN');
    await page.getByLabel('Only from these IP addresses').check();
    await page.getByLabel('IP addresses and CIDR ranges, one per line').fill('10.0.0.0/8\nnot-an-ip');
    await page.getByRole('button', { name: 'Create token' }).click();
    const field = page.getByLabel('IP addresses and CIDR ranges, one per line');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const described = (await field.getAttribute('aria-describedby'))!.split(' ');
    const descriptions = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(descriptions.join(' ')).toMatch(/IP|CIDR/i);
    await shot('project-token-ip-error');

    await page.getByLabel('IP addresses and CIDR ranges, one per line').fill('10.0.0.0/8');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByTestId('new-token').waitFor();
    await shot('project-tokens');

    // Each environment's tokens: the list narrowed to one environment by name.
    const staging = await kw.api.post(`/v1/projects/${projectId}/environments`, { name: 'staging' });
    await kw.api.post(`/v1/projects/${projectId}/tokens`, { title: 'Preview', environment: staging.body.id });
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.reload();
    await findTokens('Environment = staging');
    await page.getByRole('row', { name: /Preview/ }).waitFor();
    expect(await page.getByRole('row', { name: /CDN/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('disables the choices the project’s token policy rules out', async () => {
    // Prepare
    const projectId = page.url().split('/projects/')[1]!.split('/')[0]!;
    const policy = `/v1/projects/${projectId}/token-policy`;
    await kw.api.put(policy, {
      maxLifetimeDays: 30,
      apiTokenTypes: ['read-only', 'custom'],
      requireIpRestrictions: true,
    });

    // Act
    await page.goto(`${kw.url}/console/#/projects/${projectId}/api-tokens`);
    await page.getByRole('button', { name: 'Create new API Token' }).click();
    /** Whether each option of a Select is offered but cannot be chosen, by its label. */
    const ruledOut = async (field: string, options: readonly string[]) => {
      await page.getByLabel(field, { exact: true }).click();
      const disabled = await Promise.all(
        options.map(
          async (name) =>
            (await page.getByRole('option').filter({ hasText: name }).getAttribute('aria-disabled')) ===
            'true',
        ),
      );
      await page.keyboard.press('Escape');
      return disabled;
    };

    // Assess: lifespans beyond 30 days and full access are offered but cannot be chosen
    expect(await ruledOut('Token duration', ['30 days', '90 days', 'Unlimited'])).toEqual([
      false,
      true,
      true,
    ]);
    expect(await ruledOut('Token type', ['Full access', 'Custom'])).toEqual([true, false]);
    await shot('api-token-form-policy');
    await page.goto(`${kw.url}/console/#/projects/${projectId}/tokens`);
    await page.getByRole('button', { name: 'New project token' }).click();
    const ipOnly = page.getByLabel('Only from these IP addresses');
    expect([await ipOnly.isChecked(), await ipOnly.isDisabled()]).toEqual([true, true]);
    await kw.api.put(policy, {});
  });

  it('opens a crafted members link as no page, sending no request to the path it smuggles', async () => {
    const victim = (await kw.api.post('/v1/workspaces', { name: 'Victim', plan: 'free' })).body.id as string;
    const attacker = (await kw.api.post('/v1/principals', { name: 'attacker' })).body.id as string;
    const sent: string[] = [];
    const record = (request: { url(): string; method(): string }) =>
      sent.push(`${request.method()} ${decodeURIComponent(new URL(request.url()).pathname)}`);
    page.on('request', record);
    try {
      await page.goto(`${kw.url}/console/#/workspaces/${victim}%2Fmembers%2F${attacker}%3F/members`);
      await page.getByText('No such page.').waitFor();
      expect(await page.getByRole('button', { name: 'Save member' }).count()).toBe(0);
    } finally {
      page.off('request', record);
    }
    expect(sent.filter((line) => line.includes(attacker) || line.includes('/members'))).toEqual([]);
    expect(
      (await kw.api.get(`/v1/workspaces/${victim}/members`)).body.items.map(
        (m: { principalId: string }) => m.principalId,
      ),
    ).not.toContain(attacker);
  });

  it('adds a webhook endpoint, shows its secret once, sends a test and shows it delivered', async () => {
    // Prepare: a receiver on this machine
    const received: string[] = [];
    const receiver = createServer((request, response) => {
      received.push(String(request.headers['webhook-id']));
      request.resume();
      request.on('end', () => response.end());
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    const workspaceId = (await kw.api.post('/v1/workspaces', { name: 'Hooked', plan: 'free' })).body.id;
    try {
      // Act
      await page.goto(`${kw.url}/console/#/workspaces/${workspaceId}`);
      await page.getByRole('link', { name: 'Webhooks' }).click();
      await page.getByLabel('Endpoint URL').fill(url);
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      const secret = (await page.getByTestId('new-token').textContent())!;
      await page.getByRole('heading', { name: 'Copy your signing secret now' }).waitFor();
      await shot('webhook-created');
      await page.getByRole('button', { name: 'I have copied it' }).click();
      const row = page.getByRole('row', { name: new RegExp(url) });
      await row.getByRole('button', { name: 'Send test' }).click();
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
      await row.getByRole('button', { name: 'Deliveries' }).click();
      const deliveries = page.getByTestId('deliveries');
      await expect
        .poll(async () => {
          await deliveries.getByRole('button', { name: 'Refresh' }).click();
          return deliveries.getByRole('cell', { name: 'delivered' }).count();
        })
        .toBe(1);
      await shot('webhooks');

      // Assess: the secret is shown once, never listed again
      expect(secret).toMatch(/^whsec_/);
      expect(await page.content()).not.toContain(secret);
      expect(await deliveries.getByRole('cell', { name: 'webhook.test' }).count()).toBe(1);
    } finally {
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  });

  it('adds a member to a workspace with a role, and removes them with the tokens they created', async () => {
    const principal = (await kw.api.post('/v1/principals', { name: 'teammate' })).body.id as string;
    const key = (await kw.api.post(`/v1/principals/${principal}/admin-keys`, { name: 'k' })).body.token;
    const workspaceId = (await kw.api.post('/v1/workspaces', { name: 'Team', plan: 'enterprise' })).body.id;
    const siteId = (
      await kw.api.post(`/v1/workspaces/${workspaceId}/sites`, { displayName: 'Shop', shortName: 'shop' })
    ).body.id;
    await page.goto(`${kw.url}/console/#/workspaces/${workspaceId}/members`);
    await page.getByLabel('Principal', { exact: true }).fill(principal);
    await choose('Role', 'token-manager');
    await page.getByRole('button', { name: 'Save member' }).click();
    await page.getByRole('cell', { name: 'token-manager' }).waitFor();
    await shot('members');
    const theirs = await kw
      .as(key)
      .post(`/v1/sites/${siteId}/tokens`, { name: 'ci', scopes: { sites: 'read' } });
    expect(theirs.status).toBe(201);
    await page
      .getByRole('row', { name: new RegExp(principal) })
      .getByRole('button', { name: 'Remove' })
      .click();
    await page
      .getByRole('dialog')
      .getByLabel(/Also revoke every active token they created/)
      .check();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await page.getByText('Member removed; 1 token they created revoked.').waitFor();
    await expect.poll(() => page.getByRole('cell', { name: principal }).count()).toBe(0);
    expect((await kw.api.get(`/v1/sites/${siteId}/tokens/${theirs.body.id}`)).body.status).toBe('revoked');
    await page.goto(`${kw.url}/console/#/workspaces/${workspaceId}/audit`);
    await page.getByRole('cell', { name: 'member.removed' }).first().waitFor();
    await shot('audit-log');
  });

  it('revokes the chosen tokens together, behind one confirmation naming them', async () => {
    const workspace = await kw.api.post('/v1/workspaces', { name: 'Bulk', plan: 'free' });
    const site = await kw.api.post(`/v1/workspaces/${workspace.body.id}/sites`, {
      displayName: 'Bulk site',
      shortName: 'bulk',
    });
    for (const name of ['Old bot', 'Stale bot', 'Kept bot'])
      await kw.api.post(`/v1/sites/${site.body.id}/tokens`, { name, scopes: { sites: 'read' } });
    await page.goto(`${kw.url}/console/#/sites/${site.body.id}/tokens`);
    await page.getByRole('checkbox', { name: 'Select Old bot' }).check();
    await page.getByRole('checkbox', { name: 'Select Stale bot' }).check();
    await page.getByRole('button', { name: 'Revoke selected (2)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/"Old bot"/).waitFor();
    expect(await dialog.textContent()).toContain('"Stale bot"');
    expect(await dialog.textContent()).not.toContain('Kept bot');
    await dialog.getByRole('button', { name: 'Revoke 2' }).click();
    await page
      .getByRole('row', { name: /Old bot/ })
      .getByRole('cell', { name: 'revoked' })
      .waitFor();
    await page
      .getByRole('row', { name: /Stale bot/ })
      .getByRole('cell', { name: 'revoked' })
      .waitFor();
    expect(await page.getByTestId('token-limit').textContent()).toBe('1 of 5 tokens used');
    await shot('bulk-revoked');
  });

  it('creates and revokes a site token with the keyboard alone', async () => {
    const workspace = await kw.api.post('/v1/workspaces', { name: 'Keys', plan: 'free' });
    const site = await kw.api.post(`/v1/workspaces/${workspace.body.id}/sites`, {
      displayName: 'Keyboard site',
      shortName: 'keyboard',
    });
    await page.goto(`${kw.url}/console/#/sites/${site.body.id}/tokens`);
    await page.getByTestId('token-limit').waitFor();
    await tabTo('Generate token');
    await page.keyboard.press('Enter');
    await tabTo('Token name');
    await page.keyboard.type('Typed bot');
    // The sites API's levels are one radio group: Tab enters it on its choice, arrows change it.
    await tabTo(/^\s*No access\s*$/);
    await page.keyboard.press('ArrowRight');
    await tabTo('Generate token');
    await page.keyboard.press('Enter');
    await expectShownOnce();
    await tabTo('I have copied it');
    await page.keyboard.press('Enter');
    await page.getByRole('row', { name: /Typed bot.*sites: Read-only/ }).waitFor();
    await tabTo('Revoke');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await tabTo('Revoke');
    await page.keyboard.press('Enter');
    await page
      .getByRole('row', { name: /Typed bot/ })
      .getByRole('cell', { name: 'revoked' })
      .waitFor();
  });

  it("fits a phone's width on every screen: tables scroll inside their container, never the page", async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    const workspace = await kw.api.post('/v1/workspaces', { name: 'Pocket', plan: 'enterprise' });
    const site = await kw.api.post(`/v1/workspaces/${workspace.body.id}/sites`, {
      displayName: 'Pocket site',
      shortName: 'pocket',
    });
    await kw.api.post(`/v1/sites/${site.body.id}/tokens`, {
      name: 'A rather long token name',
      scopes: { sites: 'read' },
    });
    const project = await kw.api.post('/v1/projects', { name: 'Pocket project' });
    const screens = [
      '/',
      `/workspaces/${workspace.body.id}`,
      `/workspaces/${workspace.body.id}/members`,
      `/workspaces/${workspace.body.id}/audit`,
      `/workspaces/${workspace.body.id}/tokens`,
      `/workspaces/${workspace.body.id}/webhooks`,
      `/sites/${site.body.id}/tokens`,
      '/projects',
      `/projects/${project.body.id}`,
      `/projects/${project.body.id}/tokens`,
      `/projects/${project.body.id}/api-tokens`,
      `/projects/${project.body.id}/audit`,
    ];
    const overflowing: string[] = [];
    for (const screen of screens) {
      await page.goto(`${kw.url}/console/#${screen}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('status').waitFor({ state: 'detached' });
      const width = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth);
      // The top bar is one line: its height is one button's.
      const bar = await page
        .locator('header.topbar')
        .evaluate((element: any) => element.getBoundingClientRect().height);
      if (bar > 60) overflowing.push(`${screen}: the top bar wraps (${Math.round(bar)} px high)`);
      if (width > 375) {
        // What sticks out, to say where to look.
        const wide = await page.evaluate(() =>
          [...(globalThis as any).document.querySelectorAll('body *')]
            .filter((element: any) => element.getBoundingClientRect().right > 376)
            .slice(0, 4)
            .map((element: any) => element.tagName)
            .join(' '),
        );
        overflowing.push(`${screen}: ${width} px (${wide})`);
      }
      // Every screen at a phone's width is checked by axe too, named by its path with "item" for ids.
      const ids = [workspace.body.id, site.body.id, project.body.id] as string[];
      const path = ids.reduce((named, id) => named.replaceAll(id, 'item'), screen);
      await shot(`narrow${path === '/' ? '-home' : path.replaceAll('/', '-')}`);
    }
    await page.goto(`${kw.url}/console/#/sites/${site.body.id}/tokens`);
    await page.getByRole('row', { name: /A rather long token name/ }).waitFor();
    await shot('narrow-site-tokens');
    expect(overflowing).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('signs out and forgets the key', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await shot('narrow');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Admin key').waitFor();
    expect(await page.evaluate(() => (globalThis as any).sessionStorage.length)).toBe(0);
    await shot('signed-out');
  });

  it('offers a member only the sections a member may read', async () => {
    const workspaceId = (await kw.api.post('/v1/workspaces', { name: 'Shared', plan: 'enterprise' })).body.id;
    const member = await createPrincipalWithKey(kw.api, {
      on: `/v1/workspaces/${workspaceId}`,
      role: 'member',
    });
    await page.getByLabel('Admin key').fill(member.key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('principal').getByText('teammate').waitFor();
    await page.goto(`${kw.url}/console/#/workspaces/${workspaceId}`);
    const tabs = page.getByRole('navigation', { name: 'Workspace' });
    await tabs.getByRole('link', { name: 'Members' }).waitFor();
    expect(await tabs.getByRole('link').allTextContents()).toEqual(['Members']);
    await shot('member-workspace');
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  it('offers on a site token exactly the actions of each role, and nothing the API would refuse', async () => {
    const workspace = await kw.api.post('/v1/workspaces', { name: 'Roles', plan: 'enterprise' });
    const site = await kw.api.post(`/v1/workspaces/${workspace.body.id}/sites`, {
      displayName: 'Roles site',
      shortName: 'roles',
    });
    await kw.api.post(`/v1/sites/${site.body.id}/tokens`, { name: 'Shared bot', scopes: { sites: 'read' } });
    const ACTIONS = ['Generate token', 'Regenerate', 'Revoke'];
    const expected: Record<string, string[]> = {
      admin: ACTIONS,
      'token-manager': ACTIONS,
      'token-viewer': [],
      member: [],
    };
    for (const [role, actions] of Object.entries(expected)) {
      const { key } = await createPrincipalWithKey(kw.api, {
        on: `/v1/workspaces/${workspace.body.id}`,
        role,
      });
      await page.getByLabel('Admin key').fill(key);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('principal').getByText('teammate').waitFor();
      await page.goto(`${kw.url}/console/#/sites/${site.body.id}/tokens`);
      // Wait for the list, or for the refusal a member gets: either way the screen has its answer.
      await page
        .getByRole('row', { name: /Shared bot/ })
        .or(page.getByRole('alert'))
        .first()
        .waitFor();
      const offered: string[] = [];
      for (const action of ACTIONS) {
        if ((await page.getByRole('button', { name: action, exact: true }).count()) > 0) offered.push(action);
      }
      expect(offered, role).toEqual(actions);
      await page.getByRole('button', { name: 'Sign out' }).click();
    }
  });

  it('has no serious or critical accessibility finding on any screen (axe-core)', () => {
    expect(accessibility).toEqual([]);
  });
}, 120_000);
