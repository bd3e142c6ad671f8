import { readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARCHITECTURE_FILE,
  CRUISER_CONFIG,
  cruise,
  cruiseCode,
  renderArchitecture,
  type Violation,
} from '../../docs/architecture-arrows.js';

const ROOT = process.cwd();

interface Rule {
  readonly name: string;
  readonly from: { readonly path?: string };
  readonly to: { readonly path?: string | string[] };
}

/** The layer rules of shared/ (from `^shared/<layer>/` to `^shared/(<layers above>)/`), read from the config. */
function layerRules(): { readonly name: string; readonly layer: string; readonly above: string[] }[] {
  const { forbidden } = createRequire(import.meta.url)(CRUISER_CONFIG) as { forbidden: Rule[] };
  return forbidden.flatMap((rule) => {
    const layer = rule.from.path?.match(/^\^shared\/(\w+)\/$/)?.[1];
    const above = String(rule.to.path)
      .match(/^\^shared\/\(([\w|]+)\)\/$/)?.[1]
      ?.split('|');
    return layer === undefined || above === undefined ? [] : [{ name: rule.name, layer, above }];
  });
}

/** For each layer rule: a module of the layer that imports the layer just above it. */
function layerBreakingFiles(): Record<string, Record<string, string>> {
  const files: Record<string, Record<string, string>> = {};
  for (const { name, layer, above } of layerRules()) {
    const upper = above.at(-1)!;
    files[name] = {
      [`shared/${layer}/reaches-up.ts`]: `import { above } from '../${upper}/above.js';\nexport const up = above;\n`,
      [`shared/${upper}/above.ts`]: 'export const above = 1;\n',
    };
  }
  return files;
}

/** Files that break each rule once, in a scratch tree beside the code (so node_modules resolve). */
const BREAKING_FILES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'domain-is-pure': {
    'shared/domain/reads-files.ts':
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    'shared/domain/calls-aws.ts':
      "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nexport const y = DynamoDBClient;\n",
  },
  'shared-stays-below': {
    'shared/http/uses-handler.ts':
      "import { handler } from '../../functions/tokens/get.js';\nexport const z = handler;\n",
    'functions/tokens/get.ts': 'export const handler = 1;\n',
    'shared/services/uses-sample.ts':
      "import { r } from '../../sample-api/routes.js';\nexport const w = r;\n",
    'sample-api/routes.ts': 'export const r = 1;\n',
  },
  ...layerBreakingFiles(),
  'no-cdk-at-runtime': {
    'functions/sites/get.ts': "import { Stack } from 'aws-cdk-lib';\nexport const handler = Stack;\n",
  },
  'functions-are-independent': {
    'functions/sites/list.ts':
      "import { handler as other } from '../tokens/get.js';\nexport const handler = other;\n",
    'functions/tokens/get.ts': 'export const handler = 1;\n',
  },
  'no-cycles': {
    'shared/services/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
    'shared/services/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
  },
};

const scratch = join(ROOT, '.keyward', 'architecture-rules');
afterAll(() => rm(scratch, { recursive: true, force: true }));

/**
 * Writes every rule's breaking files into one scratch tree and cruises it once (each cruise is a process of
 * seconds); no file breaks more than one rule, so each rule's violations are told apart by its name.
 */
const cruiseBreakingFiles = async (): Promise<Violation[]> => {
  const tsconfig = JSON.stringify({
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' },
  });
  const files = Object.assign({}, ...Object.values(BREAKING_FILES), { 'tsconfig.json': tsconfig });
  for (const [path, text] of Object.entries<string>(files)) {
    await mkdir(dirname(join(scratch, path)), { recursive: true });
    await writeFile(join(scratch, path), text);
  }
  const { violations } = await cruise(scratch, [
    ...new Set(
      Object.keys(files)
        .filter((path) => path.includes('/'))
        .map((path) => path.split('/')[0]!),
    ),
  ]);
  return violations;
};

describe('Architecture: the import rules', () => {
  let breakingViolations: Violation[];
  let code: Awaited<ReturnType<typeof cruiseCode>>;
  beforeAll(async () => {
    [breakingViolations, code] = await Promise.all([cruiseBreakingFiles(), cruiseCode()]);
  }, 60_000);

  it('hold for the code', () => {
    expect(code.violations.map(({ rule, from, to }) => `${rule.name}: ${from} → ${to}`)).toEqual([]);
  });

  it('are drawn in ARCHITECTURE.md with every arrow the code has (npm run generate:readme)', async () => {
    expect(await readFile(ARCHITECTURE_FILE, 'utf8')).toBe(await renderArchitecture(code.modules));
  });

  it('place every part of shared/ in a layer', () => {
    const layered = new Set(layerRules().flatMap(({ layer, above }) => [layer, ...above]));
    const parts = readdirSync('shared', { withFileTypes: true }).map((entry) => entry.name);
    expect(parts.filter((part) => !layered.has(part))).toEqual([]);
  });

  it.each(Object.entries(BREAKING_FILES))('%s bites on code that breaks it', (rule, files) => {
    const broken = breakingViolations.filter((violation) => violation.rule.name === rule);
    // Each file that imports across the rule breaks it once; a cycle is reported once, from its first module.
    const breakers = Object.entries(files).filter(([, text]) => text.includes('import'));
    const expected = rule === 'no-cycles' ? 1 : breakers.length;
    expect(broken, JSON.stringify(breakingViolations)).toHaveLength(expected);
    for (const { from } of broken) expect(breakers.map(([path]) => path)).toContain(from);
  });
});
