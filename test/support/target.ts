import { type HttpKeyward, startDeployedKeyward } from './deployed.js';
import { createWorkspaceAndSite, startE2eKeyward } from './e2e.js';

/**
 * Where the HTTP-only end-to-end suites run: the local server (the `dynamodb` project), or the synthesized
 * app as deployed (the `deployed` project sets `KEYWARD_E2E_TARGET=deployed`). The same test files, one switch.
 */
export const E2E_TARGET: 'local' | 'deployed' =
  process.env.KEYWARD_E2E_TARGET === 'deployed' ? 'deployed' : 'local';

export const startHttpKeyward = (): Promise<HttpKeyward> =>
  E2E_TARGET === 'deployed' ? startDeployedKeyward() : startE2eKeyward();

export const startHttpKeywardWithSite = async () => {
  const kw = await startHttpKeyward();
  return { kw, ...(await createWorkspaceAndSite(kw.api)) };
};
