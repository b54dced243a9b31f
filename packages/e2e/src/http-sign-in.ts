import { driveSignIn } from '@vhod/esia-sim';

export interface HttpSession {
  /** Where the callback sent the browser. */
  landedAt: string;
  /** The session cookie's value; undefined when no session was started. */
  token: string | undefined;
  /** Runs one GraphQL operation with this session's cookie, as the SPAs do. */
  graphql<Data = unknown>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: Data; errors?: Array<{ message: string }> }>;
}

function cookieValue(response: Response, name: string): string | undefined {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`) && !c.startsWith(`${name}=;`));
  return cookie?.slice(name.length + 1).split(';')[0];
}

/** A GraphQL POST as the SPA on the API's own origin sends it: JSON, with the Origin the API requires of a cookie POST. */
export async function postGraphQLAs<Data = unknown>(
  apiUrl: string,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      origin: new URL(apiUrl).origin,
      ...(token ? { cookie: `vhod_session=${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Data; errors?: Array<{ message: string }> };
}

/**
 * A whole ESIA sign-in over HTTP, as a browser without JavaScript would make it: start, the
 * development ESIA's pages, the callback, and the data-transfer consent when it is asked for.
 */
export async function signInOverHttp(
  apiUrl: string,
  subject: string,
  options: { role: 'parent' | 'student' | 'staff'; app: 'family' | 'staff' },
): Promise<HttpSession> {
  const start = await fetch(`${apiUrl}/auth/esia/login?role=${options.role}&app=${options.app}`, { redirect: 'manual' });
  await start.body?.cancel();
  const flow = cookieValue(start, 'vhod_login');
  const location = start.headers.get('location');
  if (start.status !== 303 || !flow || !location) throw new Error(`/auth/esia/login answered ${start.status}`);
  const callbackUrl = await driveSignIn(location, { subject });
  const callback = await fetch(callbackUrl, { redirect: 'manual', headers: { cookie: `vhod_login=${flow}` } });
  await callback.body?.cancel();
  const token = cookieValue(callback, 'vhod_session');
  const session: HttpSession = {
    landedAt: callback.headers.get('location') ?? '',
    token,
    graphql: (query, variables) => postGraphQLAs(apiUrl, token, query, variables),
  };
  if (token) {
    const { data } = await session.graphql<{ viewer: { stage: string } | null }>('{ viewer { stage } }');
    if (data?.viewer?.stage === 'CONSENT') await session.graphql('mutation { giveConsent { __typename } }');
  }
  return session;
}
