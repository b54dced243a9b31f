import { driveSignIn } from '@vhod/esia-sim';

export interface EsiaSignIn {
  /** The answer to `GET /auth/esia/login`: its status, the one-time flow cookie and where it sends the browser. */
  start: { status: number; flowCookie: string | undefined; location: URL };
  /** Where ESIA sent the browser back (the API's public callback address). */
  callback: URL;
  /** The answer to the callback: its status, where it sends the browser, the session cookie as set. */
  landed: { status: number; location: string | null; sessionCookie: string | undefined };
  /** `vhod_session=…`, for a Cookie header. */
  cookie: string;
}

/**
 * A sign-in through the development ESIA, with the API reached at `apiUrl` (nginx, or one instance directly): the
 * browser's steps at the API by fetch, the citizen's at ESIA by driveSignIn (`esiaIssuer` is ESIA's own address; the
 * API names its TLS front).
 */
export async function signInThroughEsia({
  apiUrl,
  esiaIssuer,
  subject,
  role,
  app,
}: {
  apiUrl: string;
  esiaIssuer: string;
  subject: string;
  role: 'parent' | 'student' | 'staff';
  app: 'family' | 'staff';
}): Promise<EsiaSignIn> {
  const started = await fetch(`${apiUrl}/auth/esia/login?role=${role}&app=${app}`, { redirect: 'manual' });
  await started.body?.cancel();
  const flowCookie = started.headers.getSetCookie().find((cookie) => cookie.startsWith('vhod_login='));
  const location = new URL(started.headers.get('location') ?? 'about:blank');
  const callback = new URL(await driveSignIn(`${esiaIssuer}${location.pathname}${location.search}`, { subject }));
  const landed = await fetch(`${apiUrl}${callback.pathname}${callback.search}`, {
    redirect: 'manual',
    headers: flowCookie ? { cookie: flowCookie.split(';')[0]! } : {},
  });
  await landed.body?.cancel();
  const sessionCookie = landed.headers.getSetCookie().find((cookie) => cookie.startsWith('vhod_session='));
  return {
    start: { status: started.status, flowCookie, location },
    callback,
    landed: { status: landed.status, location: landed.headers.get('location'), sessionCookie },
    cookie: sessionCookie?.split(';')[0] ?? '',
  };
}

export interface GraphQLAnswer<Data> {
  status: number;
  body: { data?: Data | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** A GraphQL POST as the SPAs send it: JSON, from the public origin, with the session cookie (or a bearer secret). */
export async function postGraphQL<Data = Record<string, unknown>>(
  apiUrl: string,
  { origin, cookie, authorization }: { origin: string; cookie?: string; authorization?: string },
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLAnswer<Data>> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin,
      ...(cookie ? { cookie } : {}),
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: GraphQLAnswer<Data>['body'];
  try {
    body = JSON.parse(text) as GraphQLAnswer<Data>['body'];
  } catch {
    body = { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, body };
}

/** After a first ESIA sign-in the session waits for consent to the data transfer: give it. */
export async function consentIfAsked(apiUrl: string, session: { origin: string; cookie: string }): Promise<string | undefined> {
  const viewer = await postGraphQL<{ viewer: { stage: string } | null }>(apiUrl, session, '{ viewer { stage } }');
  if (viewer.body.data?.viewer?.stage === 'CONSENT') await postGraphQL(apiUrl, session, 'mutation { giveConsent { __typename } }');
  return (await postGraphQL<{ viewer: { stage: string } | null }>(apiUrl, session, '{ viewer { stage } }')).body.data?.viewer?.stage;
}
