import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod';
import type { Components, Container, Resolved } from '../composition/container.js';
import { UnauthenticatedError } from '../domain/errors.js';
import type { Actor, RequestMeta, TokenCaller } from '../services/directory/actor.js';
import { requireState } from './request-state.js';
import type { HttpResult } from './responses.js';
import type { RouteDefinition } from './route.js';

/**
 * What an operation reads of a request, as the zod schemas of its routes: the path parameters and query
 * fields it uses, and its body schema. The types of `params`, `query` and `body` come from them, and a test
 * (test/unit/http/handlers.test.ts) checks them against each route the operation serves: every declared
 * parameter and query field is one the route validates, and the body schema is the route's own.
 */
export interface RequestContract {
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
}

/** The path parameters an operation reads, by name; their formats are its routes' schemas' to check. */
export const pathParams = <const N extends string>(...names: N[]) =>
  z.object(Object.fromEntries(names.map((name) => [name, z.string()])) as Record<N, z.ZodString>);

type Out<S, Otherwise> = S extends z.ZodType ? z.output<S> : Otherwise;

/** What an operation receives once the middlewares have authenticated, parsed and validated the request. */
export interface OperationInput<C extends RequestContract = RequestContract> {
  readonly route: RouteDefinition;
  readonly params: Readonly<Out<C['params'], Record<string, string>>>;
  readonly query: Readonly<Out<C['query'], Record<string, unknown>>>;
  readonly body: Out<C['body'], unknown>;
  readonly meta: RequestMeta;
  readonly event: APIGatewayProxyEventV2;
}

export interface AuthenticatedInput<C extends RequestContract = RequestContract> extends OperationInput<C> {
  readonly actor: Actor;
}

export interface TokenInput<C extends RequestContract = RequestContract> extends OperationInput<C> {
  readonly caller: TokenCaller;
}

/** A route's work, given the container its services come from; `contract` says what it reads. */
export interface Operation {
  (input: OperationInput, container: Container): Promise<HttpResult>;
  readonly contract?: RequestContract;
}

const withContract = (contract: RequestContract, run: Operation): Operation =>
  Object.assign(run, { contract });

/**
 * An operation that names what it reads and the services it uses: a function bundles only those services
 * (shared/composition). The middlewares validated the request against the route's schemas already, so the
 * input is typed from the contract without another parse.
 */
export const using = <R extends RequestContract, C extends Components>(
  contract: R,
  parts: C,
  operation: (input: OperationInput<R>, services: Resolved<C>) => Promise<HttpResult>,
): Operation =>
  withContract(contract, (input, container) =>
    operation(input as OperationInput<R>, container.resolve(parts)),
  );

/** An operation of an `auth: 'admin'` route: the actor is always present. */
export const authenticated = <R extends RequestContract, C extends Components>(
  contract: R,
  parts: C,
  operation: (input: AuthenticatedInput<R>, services: Resolved<C>) => Promise<HttpResult>,
): Operation =>
  withContract(contract, (input, container) => {
    const { actor } = requireState(input.event);
    if (actor === undefined) throw new UnauthenticatedError();
    return operation({ ...(input as OperationInput<R>), actor }, container.resolve(parts));
  });

/** An operation of an `auth: 'token'` route: the authorizer's caller is always present. */
export const authorizedByToken = <R extends RequestContract, C extends Components>(
  contract: R,
  parts: C,
  operation: (input: TokenInput<R>, services: Resolved<C>) => Promise<HttpResult>,
): Operation =>
  withContract(contract, (input, container) => {
    const { caller } = requireState(input.event);
    if (caller === undefined) throw new UnauthenticatedError('A valid token is required.');
    return operation({ ...(input as OperationInput<R>), caller }, container.resolve(parts));
  });
