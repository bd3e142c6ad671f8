/**
 * Where a token kind is spelled: the files a new kind touches, and what each holds of it. The README's
 * "Adding a token kind" list is generated from it, and test/unit/domain/kind-homes.test.ts fails when a kind
 * starts being spelled anywhere else (derive it from the kinds table instead).
 */
export const KIND_HOMES: readonly { readonly file: string; readonly holds: string }[] = [
  {
    file: 'shared/domain/kinds.ts',
    holds:
      'every fact about the kind: label, owner, limits, lifetime, what it may do (regenerate, self-rotate, reveal), access model, the token-policy rules that bind it, the fields its view adds',
  },
  {
    file: 'shared/domain/token-format.ts',
    holds: 'its one-letter prefix code among the codes a token string may carry',
  },
  {
    file: 'shared/http/routes/tokens.ts',
    holds: 'its route family: path, tag, parameters, bodies and how a body becomes the service input',
  },
  {
    file: 'shared/http/schemas/project-tokens.ts',
    holds: 'the body and view schemas of a kind whose fields are its own (project and API tokens)',
  },
  { file: 'cli/token-kinds.ts', holds: 'how `keyward tokens create --kind …` flags become its body' },
  {
    file: 'console/src/screens/<Kind>Tokens.tsx',
    holds: "the console's screen for the kind (SiteTokens, WorkspaceTokens, ProjectTokens, ApiTokens)",
  },
  { file: 'console/src/App.tsx', holds: "the console's route to the kind's screen" },
  {
    file: 'sample-api/routes.ts',
    holds: 'the sample API’s own choice of which kinds each of its routes admits (a protected API’s policy)',
  },
];

/** The README's list: what a new kind touches, and what is derived from the table without touching. */
export const kindHomesList = (): string =>
  [
    ...KIND_HOMES.map(({ file, holds }) => `- \`${file}\`: ${holds}`),
    '',
    'Derived from the table, touched by no one: the OpenAPI security scheme and summaries, the secret',
    'scanners’ rules (`scanning/`), the README’s kinds table, the CLI’s kind facts, the token-policy checks,',
    'the views, the verifier and the sweeper.',
  ].join('\n');
