import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The figures the README and bench/README.md quote, generated from the published bench run
 * (bench/results/published.json, written by `npm run bench -- --out bench/results/published.json`), so a
 * figure in prose is never older than the run it names (`npm run generate:readme`; a test fails when stale).
 */

export const PUBLISHED_RESULTS = fileURLToPath(new URL('../bench/results/published.json', import.meta.url));
export const BENCH_README_FILE = fileURLToPath(new URL('../bench/README.md', import.meta.url));

type Scenario = Readonly<Record<string, number>>;
type ScenarioName =
  | 'coldVerify'
  | 'rawGetItem'
  | 'cacheHit'
  | 'bareHmac'
  | 'checksum'
  | 'writeAmplification'
  | 'creditSpend'
  | 'sweeper'
  | 'http'
  | 'revocation'
  | 'console';
type Figures = Readonly<Record<ScenarioName, Scenario>> & {
  readonly timestamp: string;
  readonly mode: string;
  readonly machine: { readonly cpus: number };
  readonly versions: { readonly node: string };
  readonly bundle: Scenario & { readonly functions: Readonly<Record<string, number>> };
};

const MODE_LABELS: Readonly<Record<string, string>> = {
  full: 'Full `npm run bench`',
  quick: '`npm run bench -- --quick` (smaller workloads, the same method)',
};

const published = (): Figures => JSON.parse(readFileSync(PUBLISHED_RESULTS, 'utf8'));
const n = (value: number) => value.toLocaleString('en-US');
const kb = (bytes: number) => `${Math.round(bytes / 1000)} KB`;
const check = (passed: boolean) => (passed ? '✔' : '✘');

/** The README's sentence on function sizes. */
export const bundleSizesLine = (): string => {
  const { bundle, mode, timestamp } = published();
  const sweeper = Object.entries(bundle.functions).find(([module]) => module.includes('sweep'))?.[1];
  return [
    `authorizer ${kb(bundle.authorizerBytes!)}, management functions ${kb(bundle.managementMedianBytes!)} median`,
    `(${kb(bundle.managementMaxBytes!)} the largest)${sweeper === undefined ? '' : `, sweeper ${kb(sweeper)}`}`,
    `(\`npm run bench\`, ${mode} run of ${timestamp.slice(0, 10)}).`,
  ].join(' ');
};

/** bench/README.md's table of the published run, each figure next to its target. */
export const benchTable = (): string => {
  const r = published();
  const { coldVerify: cold, cacheHit: hit, bundle, revocation: rev, sweeper, http, creditSpend: credit } = r;
  const rows: [string, string, string][] = [
    [
      'cold verification',
      `${n(cold!.opsPerSec!)} ops/s, p99 ${cold!.p99Ms} ms; **${cold!.ratioToRawGetItem} × raw GetItem** (${n(r.rawGetItem!.opsPerSec!)} ops/s)`,
      `≥ 0.85 ${check(cold!.ratioToRawGetItem! >= 0.85)}`,
    ],
    [
      'cache-hit verification',
      `**${n(hit!.opsPerSec!)} ops/s**, p99 ${hit!.p99Ms} ms, **${hit!.ratioToBareHmac} × bare HMAC** (${n(r.bareHmac!.opsPerSec!)}/s); checksum check ${n(r.checksum!.nsPerCheck!)} ns`,
      `≥ 100k/s ${check(hit!.opsPerSec! >= 100_000)}, p99 < 0.1 ms ${check(hit!.p99Ms! < 0.1)}, ≥ 0.5 × ${check(hit!.ratioToBareHmac! >= 0.5)}`,
    ],
    [
      'write amplification',
      `${n(r.writeAmplification!.writes!)} write for ${n(r.writeAmplification!.verifications!)} verifications`,
      `1 ${check(r.writeAmplification!.writes === 1)}`,
    ],
    [
      'credit spend',
      `${credit!.writesPerVerification} write per allowed verification; ${n(credit!.meteredOpsPerSec!)} vs ${n(credit!.plainOpsPerSec!)} verifications/s without credits, one at a time`,
      `1 ${check(credit!.writesPerVerification === 1)}`,
    ],
    [
      'sweeper',
      `${n(sweeper!.itemsRead!)} items read, ${n(sweeper!.expired!)} expired of ${n(sweeper!.due!)} due among ${n(sweeper!.live!)} live, ${n(sweeper!.durationMs!)} ms`,
      `≤ 110 ${check(sweeper!.itemsRead! <= 110)}`,
    ],
    [
      'HTTP',
      `${n(http!.authorizedRps!)} vs ${n(http!.unauthenticatedRps!)} req/s (**${http!.ratioToUnauthenticated} ×**), p99 +${http!.addedP99Ms} ms`,
      '—',
    ],
    [
      'revocation propagation',
      `**max ${n(rev!.maxMs!)} ms**, median ${n(rev!.medianMs!)} ms over ${rev!.trials} trials × ${rev!.instances} warm instances`,
      `≤ ${n(rev!.boundMs!)} ms ${check(rev!.maxMs! <= rev!.boundMs!)}`,
    ],
    [
      'change feed',
      `**${rev!.feedReadsPerInstanceSecond} read per instance-second** with ${n(rev!.cachedTokens!)} cached tokens, ${rev!.itemReadsWhileServing} item reads while serving`,
      `≤ 1 ${check(rev!.feedReadsPerInstanceSecond! <= 1 && rev!.itemReadsWhileServing === 0)}`,
    ],
    [
      'authorizer bundle',
      `${n(bundle.authorizerBytes!)} B vs ${n(bundle.referenceBytes!)} B (**${bundle.sizeRatio} ×**); import time **${bundle.importTimeRatio} ×**`,
      `≤ 1.25 ${check(bundle.sizeRatio! <= 1.25)}, ≤ 1.2 ${check(bundle.importTimeRatio! <= 1.2)}`,
    ],
    [
      'management bundles',
      `median **${n(bundle.managementMedianBytes!)} B (${bundle.managementMedianRatio} ×)**, largest ${n(bundle.managementMaxBytes!)} B (**${bundle.managementMaxRatio} ×**) over ${bundle.managementFunctions} functions; the largest imports in ${bundle.managementImportTimeRatio} × the reference's time`,
      `median ≤ 1.5 ${check(bundle.managementMedianRatio! <= 1.5)}, largest ≤ 2 ${check(bundle.managementMaxRatio! <= 2)}`,
    ],
    ...(r.console === undefined
      ? []
      : [
          [
            'console first visit',
            `**${kb(r.console.firstVisitGzipBytes!)} gzipped** (JS ${kb(r.console.initialJsGzipBytes!)}, CSS ${kb(r.console.initialCssGzipBytes!)}; ${kb(r.console.initialJsBytes! + r.console.initialCssBytes!)} raw), the usage chart's ${kb(r.console.lazyJsGzipBytes!)} on first use; sign-in form drawn in **${n(r.console.firstLoadMedianMs!)} ms** median (max ${n(r.console.firstLoadMaxMs!)}) over ${r.console.runs} fresh loads from this machine`,
            '—',
          ] as [string, string, string],
        ]),
  ];
  return [
    `${MODE_LABELS[r.mode] ?? r.mode} on a ${r.machine.cpus}-core machine (Node ${r.versions.node}, DynamoDB Local in the same machine),`,
    `${r.timestamp.slice(0, 10)} (\`bench/results/published.json\`). DynamoDB Local is a Java process sharing the cores, so`,
    "absolute rates are far below DynamoDB's; the ratios are what carry over.",
    '',
    '| scenario | figure | target |',
    '|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
};
