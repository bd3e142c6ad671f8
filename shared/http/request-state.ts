import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Actor, RequestMeta, TokenCaller } from '../services/directory/actor.js';
import type { RouteDefinition } from './route.js';

/** What the middlewares learn about a request, handed to the operation once they are done. */
export interface RequestState {
  readonly route: RouteDefinition;
  readonly requestId: string;
  readonly startedAt: number;
  readonly meta: RequestMeta;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  actor?: Actor;
  /** The token a token authorizer admitted, on `token` routes. */
  caller?: TokenCaller;
}

const states = new WeakMap<APIGatewayProxyEventV2, RequestState>();

export const setState = (event: APIGatewayProxyEventV2, state: RequestState): void => {
  states.set(event, state);
};

export const stateOf = (event: APIGatewayProxyEventV2): RequestState | undefined => states.get(event);

export const requireState = (event: APIGatewayProxyEventV2): RequestState => {
  const state = states.get(event);
  if (state === undefined) throw new Error('Request state is missing: requestContext() must run first.');
  return state;
};

export const headerOf = (event: APIGatewayProxyEventV2, name: string): string | undefined =>
  event.headers?.[name] ??
  Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];
