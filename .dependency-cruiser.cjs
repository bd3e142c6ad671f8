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
    {
      name: 'store-is-below-mail',
      comment:
        'The store keeps what mail needs (its types are in the domain); composing or sending a message is above it.',
      severity: 'error',
      from: { path: '^shared/store/' },
      to: { path: '^shared/mail/' },
    },
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
