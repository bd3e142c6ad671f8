import * as z from 'zod';
import type { TokenDeclaration } from '../domain/declared-token.js';
import { type ErrorDetail, ValidationError } from '../domain/errors.js';
import { DECLARABLE_KINDS, type DeclarableKind, tokenKinds } from '../domain/kinds.js';
import { RESERVED_KEY_MESSAGE, reservedKeyPath } from '../domain/reserved-keys.js';
import type { TokenInput } from '../services/tokens/mint-token.js';
import type { TokenOwner } from '../services/tokens/owned-token.js';
import type { TokenPatch } from '../services/tokens/token-service.js';
import { detailLine, detailsOf } from './error-details.js';
import type { RouteDefinition } from './route.js';
import { tokenRoutes } from './routes/tokens.js';
import { resourceId } from './schemas/common.js';

/**
 * A token declaration checked against the management API's own schemas: the kind's create body is the
 * route's, so a template can declare exactly what `POST …/tokens` accepts, and the same words explain what it
 * cannot. The CDK construct checks at synth, the custom resource again at deploy.
 */

/** Fields a template must not carry: it is stored in CloudFormation and readable by anyone who can read the stack. */
const SECRET_FIELDS: Readonly<Record<string, string>> = {
  secretKey:
    'cannot be declared: a template is not secret. Declare the token without it and set its secret key through the API',
};

const familyRoute = (kind: DeclarableKind, handler: string): RouteDefinition => {
  const route = tokenRoutes.find(
    (candidate) => candidate.tokens?.kind === kind && candidate.handler === handler,
  );
  if (route === undefined) throw new Error(`The ${kind} token family has no ${handler} route.`);
  return route;
};

const bodySchemaOf = (route: RouteDefinition): z.ZodType => route.request!.body!;

const declarationShape = z.strictObject({
  kind: z.enum(DECLARABLE_KINDS as [DeclarableKind, ...DeclarableKind[]], {
    error: `must be one of ${DECLARABLE_KINDS.join(', ')} (admin keys belong to their principal)`,
  }),
  ownerId: resourceId('site, workspace or project'),
  token: z.record(z.string(), z.unknown()),
  createdBy: resourceId('principal').optional(),
});

/**
 * The declaration, or a `ValidationError` naming every field that breaks the kind's create body (prefixed
 * `token.`) or the declaration itself.
 */
export const parseDeclaration = (value: unknown): TokenDeclaration => {
  const shape = declarationShape.safeParse(value);
  if (!shape.success)
    throw new ValidationError(detailsOf(shape.error, ''), 'The token declaration is invalid.');
  const declaration = shape.data;
  const details: ErrorDetail[] = Object.keys(declaration.token)
    .filter((field) => SECRET_FIELDS[field] !== undefined)
    .map((field) => ({ path: `token.${field}`, message: SECRET_FIELDS[field]! }));
  const reserved = reservedKeyPath(declaration.token);
  if (reserved !== undefined) details.push({ path: `token.${reserved}`, message: RESERVED_KEY_MESSAGE });
  const body = bodySchemaOf(familyRoute(declaration.kind, 'functions/tokens/create')).safeParse(
    declaration.token,
  );
  if (!body.success) details.push(...detailsOf(body.error, 'token'));
  if (details.length > 0)
    throw new ValidationError(details, `The ${tokenKinds[declaration.kind].label} declaration is invalid.`);
  return declaration;
};

/** Every problem of a declaration, as `path: message` lines (what a synth error lists). */
export const declarationProblems = (value: unknown): string[] => {
  try {
    parseDeclaration(value);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return (error.details ?? []).map(detailLine);
  }
};

/** Where the declared token lives, and the token service's input for it (the create route's own mapping). */
export const tokenInputOf = (declaration: TokenDeclaration): { owner: TokenOwner; input: TokenInput } => {
  const route = familyRoute(declaration.kind, 'functions/tokens/create');
  const body = bodySchemaOf(route).parse(declaration.token);
  return {
    owner: { kind: tokenKinds[declaration.kind], ownerId: declaration.ownerId },
    input: route.tokens!.toInput!(body),
  };
};

/** The token service's change for fields of a declaration changed in place (the update route's mapping). */
export const tokenPatchOf = (kind: DeclarableKind, patch: Readonly<Record<string, unknown>>): TokenPatch => {
  const route = familyRoute(kind, 'functions/tokens/update');
  return route.tokens!.toPatch!(bodySchemaOf(route).parse(patch));
};

/** The lifespan a declaration gives its token, in days (`null`: unlimited; absent: the kind has none). */
export const declaredLifespanDays = (declaration: TokenDeclaration): number | null | undefined =>
  tokenInputOf(declaration).input.lifespanDays;
