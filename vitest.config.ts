import { defineConfig } from 'vitest/config';

// The global setup talks to DynamoDB Local from this process too; Lambda runs Node 22, so the SDK's Node 20
// deprecation notice is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

/** End-to-end suites that speak only HTTP, so they run against the local server and the deployment alike. */
const DEPLOYED_E2E = [
  'test/e2e/readme-walkthrough.test.ts',
  'test/e2e/site-tokens.happy.test.ts',
  'test/e2e/workspace-tokens.test.ts',
  'test/e2e/access-control.security.test.ts',
  'test/e2e/audit-log.test.ts',
  'test/e2e/verify-endpoint.test.ts',
];

/**
 * Three projects: `unit` (pure domain, no I/O), `dynamodb` (integration and end-to-end tests against one
 * DynamoDB Local that the global setup starts on a free port and always stops, java included) and `deployed`
 * (the synthesized cloud assembly, run as AWS runs it, on a DynamoDB Local of its own).
 */
export default defineConfig({
  test: {
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', LOG_LEVEL: 'INFO' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Three files at a time even on two cores: much of a test's time is spent waiting on DynamoDB Local, a
    // server, a child process or a bound (vitest's default there would be one file; measured on two cores:
    // one 9 min, two 6.4 min, three 5.7 min, all green).
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/infra/**/*.test.ts'],
          exclude: ['test/infra/bench.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dynamodb',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/infra/bench.test.ts'],
          globalSetup: ['test/support/dynamodb-global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'deployed',
          // Its own tests, and the HTTP-only end-to-end suites again, against the app as deployed
          // (test/support/target.ts).
          include: ['test/deployed/**/*.test.ts', ...DEPLOYED_E2E],
          env: { KEYWARD_E2E_TARGET: 'deployed' },
          // A file's first hook waits for the app's synthesis, which runs beside the other projects' tests.
          hookTimeout: 180_000,
          globalSetup: ['test/support/deployed-global-setup.ts'],
        },
      },
    ],
  },
});
