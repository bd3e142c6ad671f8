// Errors are made by graphql-yoga's own `graphql`: an application importing `graphql` itself may load the
// other of its two builds, whose GraphQLError the server would not recognise (and would mask).
import { createGraphQLError, createSchema, createYoga } from 'graphql-yoga';
import type { ContentAction } from '../shared/domain/content-access.js';
import type { Entry } from '../shared/domain/directory.js';
import type { TokenCaller } from '../shared/services/directory/actor.js';
import type { ContentService } from '../shared/services/directory/content-service.js';
import type { VerificationResult } from '../shared/verify/outcome.js';

/**
 * The content API over GraphQL (API tokens authenticate "REST and GraphQL API queries"). Each field is one
 * of the REST routes' actions on a content type, and is authorized as that route would be: the field asks
 * the verifier about the REST route it stands for (`find` → `GET /api/{pluralName}`, …), since the
 * authorizer in front of `POST /graphql` cannot see which fields a body asks for. A refused field answers a
 * GraphQL error whose `extensions.code` is Keyward's verification code; the other fields still answer.
 */

/** Each field's REST equivalent: the route the verifier is asked about. */
const REST_ROUTES: Readonly<Record<ContentAction, { readonly method: string; readonly item: boolean }>> = {
  find: { method: 'GET', item: false },
  findOne: { method: 'GET', item: true },
  create: { method: 'POST', item: false },
  update: { method: 'PUT', item: true },
  delete: { method: 'DELETE', item: true },
};

const typeDefs = /* GraphQL */ `
  "Any JSON value: an entry's fields, as its content type has them."
  scalar JSON

  type Entry {
    id: ID!
    contentType: String!
    data: JSON!
    createdAt: String!
    updatedAt: String!
    publishedAt: String!
  }

  type EntryPage {
    data: [Entry!]!
    nextCursor: String
  }

  type Query {
    "Entries of a content type, by its plural name (the find action)."
    find(pluralName: String!, limit: Int = 20, cursor: String): EntryPage!
    "One entry (the findOne action)."
    findOne(pluralName: String!, id: ID!): Entry!
  }

  type Mutation {
    create(pluralName: String!, data: JSON!): Entry!
    update(pluralName: String!, id: ID!, data: JSON!): Entry!
    "true once deleted."
    delete(pluralName: String!, id: ID!): Boolean!
  }
`;

/** The JSON scalar's behaviour, as a plain config the schema builder copies onto its own scalar type. */
const json = {
  serialize: (value: unknown) => value,
  parseValue: (value: unknown) => value,
  parseLiteral: () => {
    throw createGraphQLError('Pass JSON values as variables.');
  },
};

/** What a GraphQL request may do on behalf of its token. */
export interface GraphqlContext {
  readonly caller: TokenCaller;
  readonly content: ContentService;
  /** Verifies the request's token against `method path` (the REST route a field stands for). */
  readonly verify: (method: string, path: string) => Promise<VerificationResult>;
}

type Args = { readonly pluralName: string; readonly id?: string; readonly data?: Record<string, unknown> };

/** Refuses a field its token may not use, with the verification's code. */
const authorize = async (context: GraphqlContext, action: ContentAction, args: Args): Promise<void> => {
  const { method, item } = REST_ROUTES[action];
  const path = `/api/${encodeURIComponent(args.pluralName)}${item ? `/${encodeURIComponent(args.id ?? '')}` : ''}`;
  const result = await context.verify(method, path);
  if (!result.valid) {
    throw createGraphQLError(`The token may not ${action} ${args.pluralName} (${result.code}).`, {
      extensions: { code: result.code },
    });
  }
};

/** Content errors (an unknown type or entry) keep their Keyward code too. */
const answered = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === undefined) throw error;
    throw createGraphQLError((error as Error).message, { extensions: { code } });
  }
};

const field =
  <T>(
    action: ContentAction,
    run: (context: GraphqlContext, args: Args & Record<string, unknown>) => Promise<T>,
  ) =>
  async (_: unknown, args: Args & Record<string, unknown>, context: GraphqlContext): Promise<T> => {
    await authorize(context, action, args);
    return answered(() => run(context, args));
  };

const schema = createSchema<GraphqlContext>({
  typeDefs,
  resolvers: {
    JSON: json,
    Query: {
      find: field('find', async ({ caller, content }, args) => {
        const limit = Math.min(Math.max(Number(args.limit ?? 20), 1), 100);
        const cursor = typeof args.cursor === 'string' ? args.cursor : undefined;
        const page = await content.find(
          caller,
          args.pluralName,
          cursor === undefined ? { limit } : { limit, cursor },
        );
        return { data: page.items, nextCursor: page.nextCursor ?? null };
      }),
      findOne: field(
        'findOne',
        ({ caller, content }, args): Promise<Entry> => content.findOne(caller, args.pluralName, args.id!),
      ),
    },
    Mutation: {
      create: field('create', ({ caller, content }, args) =>
        content.create(caller, args.pluralName, args.data ?? {}),
      ),
      update: field('update', ({ caller, content }, args) =>
        content.update(caller, args.pluralName, args.id!, args.data ?? {}),
      ),
      delete: field('delete', async ({ caller, content }, args) => {
        await content.delete(caller, args.pluralName, args.id!);
        return true;
      }),
    },
  },
});

/**
 * GraphQL Yoga serving the schema at `/graphql`. Its error masking keeps faults' messages out of answers;
 * GraphiQL and introspection over GET are off, as befits an API behind tokens.
 */
export const graphqlServer = createYoga<GraphqlContext>({
  schema,
  graphqlEndpoint: '/graphql',
  graphiql: false,
  landingPage: false,
  logging: false,
});
