import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';

const run = promisify(execFile);

/** The benchmark runs end to end in its quick form and writes every field; the figures are not judged here. */
describe('Benchmark: npm run bench -- --smoke', () => {
  it('writes a result file with every field', async () => {
    const out = 'bench/results/ci-smoke.json';
    await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/main.ts',
        '--smoke',
        '--out',
        out,
        '--dynamodb-endpoint',
        inject('dynamoDbEndpoint'),
      ],
      {
        timeout: 60_000,
      },
    );
    const results = JSON.parse(await readFile(out, 'utf8'));
    for (const field of [
      'coldVerify.ratioToRawGetItem',
      'coldVerify.opsPerSec',
      'rawGetItem.opsPerSec',
      'cacheHit.opsPerSec',
      'cacheHit.p99Ms',
      'cacheHit.ratioToBareHmac',
      'writeAmplification.writes',
      'writeAmplification.verifications',
      'sweeper.itemsRead',
      'sweeper.due',
      'http.ratioToUnauthenticated',
      'revocation.maxMs',
      'revocation.feedReadsPerInstanceSecond',
      'bundle.authorizerBytes',
      'bundle.referenceBytes',
      'bundle.importTimeRatio',
      'creditSpend.writesPerVerification',
      'analytics.writesPer10kVerifications',
      'bundle.managementMedianBytes',
      'bundle.managementMaxBytes',
      'console.firstVisitGzipBytes',
      'console.lazyJsGzipBytes',
      'console.firstLoadMedianMs',
    ]) {
      const value = field.split('.').reduce((node, key) => node?.[key], results);
      expect(typeof value, field).toBe('number');
    }
    expect(results.machine.cpus).toBeGreaterThan(0);
  }, 90_000);
});
