import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SignInRole } from '@vhod/domain';
import { createGraphQLHandler } from '../../src/graphql/yoga';
import type { ApiServices } from '../../src/server/http-types';
import type { AppKind } from '../../src/sessions/session-store';
import { sessionCookieName } from '../../src/sessions/cookies';
import { esiaPerson } from './esia-people';
import { meta } from './test-services';

export interface GraphQLResponse<Data = unknown> {
  data?: Data | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** Runs GraphQL operations as one browser would: through the real Yoga handler, with its session cookie. */
export interface GraphQLCaller {
  /** The session token (the cookie value); undefined for an anonymous caller. */
  token: string | undefined;
  execute<Data = unknown>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
}

const handlers = new WeakMap<ApiServices, ReturnType<typeof createGraphQLHandler>>();

export function handlerFor(services: ApiServices) {
  let handler = handlers.get(services);
  if (!handler) {
    handler = createGraphQLHandler(services);
    handlers.set(services, handler);
  }
  return handler;
}

/** One GraphQL request; the context is built exactly as in production (session, staff actor, client address). */
export async function executeGraphQL<Data = unknown>(
  services: ApiServices,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<Data>> {
  const req = { socket: { remoteAddress: meta.clientIp }, headers: { 'user-agent': meta.userAgent } } as unknown as IncomingMessage;
  const response = await handlerFor(services).fetch(
    'http://127.0.0.1/graphql',
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { cookie: `${sessionCookieName}=${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    },
    { req, res: {} as ServerResponse, responseCookies: [] },
  );
  return (await response.json()) as GraphQLResponse<Data>;
}

export function graphQLCaller(services: ApiServices, token: string | undefined): GraphQLCaller {
  return { token, execute: (query, variables) => executeGraphQL(services, token, query, variables) };
}

/**
 * Signs a demo citizen in through ESIA (the sign-in service, consent given) and returns a caller
 * holding the session cookie. Staff sign in to the console; family members to the portal.
 */
export async function signedInCaller(
  services: ApiServices,
  subject: string,
  options: { role?: SignInRole; app?: AppKind } = {},
): Promise<GraphQLCaller> {
  const { token, session } = await services.signIn.afterEsia(esiaPerson(subject), options.role ?? 'staff', options.app ?? 'staff', meta);
  const active = session.stage === 'consent' ? await services.signIn.giveConsent(session, meta) : session;
  if (active.stage !== 'active') throw new Error(`${subject} did not get in (${active.stage})`);
  return graphQLCaller(services, token);
}

/** A staff member in the console, e.g. `staffCaller(services, '1000006')` for Орлова. */
export function staffCaller(services: ApiServices, subject: string): Promise<GraphQLCaller> {
  return signedInCaller(services, subject, { role: 'staff', app: 'staff' });
}

/** The data of a response that must have no errors. */
export function dataOf<Data>(response: GraphQLResponse<Data>): Data {
  if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/**
 * A console session straight into one account, for staff the development ESIA has no citizen
 * for (accounts a test creates, e.g. an administrator of another school).
 */
export async function accountCaller(services: ApiServices, account: { id: string; personId: string }): Promise<GraphQLCaller> {
  const { token } = await services.sessions.create(
    {
      app: 'staff',
      stage: 'active',
      signInRole: 'staff',
      signInMethod: 'esia',
      esiaSubject: null,
      esiaProfile: null,
      matchReason: null,
      candidateAccountIds: [],
      accountId: account.id,
      personId: account.personId,
    },
    meta,
  );
  return graphQLCaller(services, token);
}
