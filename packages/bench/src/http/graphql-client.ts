export interface GraphQLOperation {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

/**
 * POSTs one operation the way the SPAs' urql client does (JSON body, session cookie, and the
 * Origin a browser adds: the API refuses a cookie POST without it) and returns `data`; a
 * GraphQL error or a non-200 answer is a failed request.
 */
export async function postGraphQL<T = Record<string, unknown>>(
  apiUrl: string,
  operation: GraphQLOperation,
  sessionToken?: string,
): Promise<T> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      origin: new URL(apiUrl).origin,
      ...(sessionToken ? { cookie: `vhod_session=${sessionToken}` } : {}),
    },
    body: JSON.stringify(operation),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (response.status !== 200 || body.errors?.length || !body.data) {
    throw new Error(
      `GraphQL ${operation.operationName ?? 'operation'} answered ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`,
    );
  }
  return body.data;
}
