/**
 * The layers of shared/, top to bottom (ARCHITECTURE.md draws them): each imports only the layers below it.
 * The HTTP adapters compose a function's container; the composition root (with the settings and the local
 * runtime) builds the services, which use mail and verification, which read the store, which seals with
 * crypto; the logger and the pure domain are under everything.
 */
const LAYERS = [
  'http',
  'composition',
  'services',
  'mail',
  'verify',
  'store',
  'crypto',
  'observability',
  'domain',
];

/** One rule per layer: nothing in it imports a layer above it. */
const layerRules = LAYERS.slice(1).map((layer, index) => {
  const above = LAYERS.slice(0, index + 1);
  return {
    name: `${layer}-is-below-${above.at(-1)}`,
    comment: `shared/${layer} imports only the layers below it, never ${above.join(', ')}.`,
    severity: 'error',
    from: { path: `^shared/${layer}/` },
    to: { path: `^shared/(${above.join('|')})/` },
  };
});

/**
 * Keyward's import rules (ARCHITECTURE.md draws them). `npm test` runs them on the code
 * (test/unit/architecture.test.ts) and on files made to break each one, so a rule that stops biting fails too.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'shared/domain is rules over data: no AWS SDK, no files, no network. Tests run it without I/O.',
      severity: 'error',
      from: { path: '^shared/domain/' },
      to: {
        path: [
          '(^|/)node_modules/@aws-sdk/',
          '(^|/)node_modules/@smithy/',
          '^(node:)?(fs|fs/promises|net|http|https|http2|dgram|dns|tls|child_process)$',
        ],
      },
    },
    {
      name: 'shared-stays-below',
      comment:
        'shared/ is the product: handlers, the local server, the stacks and the sample API build on it, never the reverse.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(functions|local|infra|sample-api|cli|console)/' },
    },
    ...layerRules,
    {
      name: 'no-cdk-at-runtime',
      comment: 'What runs in Lambda or a backend never loads the CDK (infra/ alone does).',
      severity: 'error',
      from: { path: '^(shared|functions|sample-api|client)/' },
      to: { path: ['(^|/)node_modules/aws-cdk-lib/', '(^|/)node_modules/constructs/'] },
    },
    {
      name: 'functions-are-independent',
      comment: 'A function shares code through shared/, never by importing another function.',
      severity: 'error',
      from: { path: '^functions/([^/]+)/' },
      to: { path: '^functions/', pathNot: '^functions/$1/' },
    },
    {
      name: 'no-cycles',
      comment:
        'Modules form a tree of layers; a cycle means two of them are one concern, or a type is misplaced.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|cdk\\.out|\\.keyward|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
