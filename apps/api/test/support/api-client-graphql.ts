import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiServices } from '../../src/server/http-types';
import { handlerFor, type GraphQLResponse } from './staff-graphql';
import { meta } from './test-services';

export interface ApiClientResponse<Data = unknown> {
  status: number;
  headers: Headers;
  body: GraphQLResponse<Data>;
}

/** One request as a third-party system sends it: a bearer secret, no cookies. */
export async function executeAsApiClient<Data = unknown>(
  services: ApiServices,
  authorization: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<ApiClientResponse<Data>> {
  const req = { socket: { remoteAddress: meta.clientIp }, headers: { 'user-agent': 'ministry-export/1.0' } } as unknown as IncomingMessage;
  const response = await handlerFor(services).fetch(
    'http://127.0.0.1/graphql',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization },
      body: JSON.stringify({ query, variables }),
    },
    { req, res: {} as ServerResponse, responseCookies: [] },
  );
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<Data> };
}

/** A caller holding one client's secret. */
export function apiClientCaller(services: ApiServices, secret: string) {
  return <Data = unknown>(query: string, variables?: Record<string, unknown>) =>
    executeAsApiClient<Data>(services, `Bearer ${secret}`, query, variables);
}
