import { auditLog, sessions } from '@vhod/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeEsia, type FakeEsia } from './support/fake-esia';
import { seededApiServer, type SeededApiServer } from './support/test-services';

// The routes (/auth/esia/login, /callback, /auth/logout) over the ESIA protocol, the default, against an ESIA built
// from the wire contract.
const publicOrigin = 'http://127.0.0.1:3000';
let api: SeededApiServer;
let esia: FakeEsia;

beforeAll(async () => {
  esia = await startFakeEsia({ clientId: 'vhod-routes', redirectUri: `${publicOrigin}/auth/esia/callback`, now: () => api.clock.now() });
  api = await seededApiServer({ env: { ESIA_BASE_URL: esia.url, ESIA_CLIENT_ID: 'vhod-routes' } });
});
afterAll(async () => {
  await api?.close();
  await esia?.close();
});

const sessionCount = async () => (await api.db.select({ n: count() }).from(sessions))[0]!.n;
const cookieOf = (response: Response, name: string) =>
  response.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith(`${name}=`) && !cookie.startsWith(`${name}=;`))
    ?.split(';')[0];

/** Starts a sign-in as the browser does and follows ESIA's redirect back to our callback (on the test server). */
async function throughEsia(role: 'parent' | 'student' | 'staff' = 'parent', extra = '') {
  const start = await fetch(`${api.server.url}/auth/esia/login?role=${role}&app=family${extra}`, { redirect: 'manual' });
  expect(start.status).toBe(303);
  const atEsia = await fetch(start.headers.get('location')!, { redirect: 'manual' });
  expect(atEsia.status).toBe(302);
  const back = new URL(atEsia.headers.get('location')!);
  return { callback: `${api.server.url}/auth/esia/callback${back.search}`, flowCookie: cookieOf(start, 'vhod_login')! };
}

async function callBack({ callback, flowCookie }: { callback: string; flowCookie: string }) {
  const response = await fetch(callback, { redirect: 'manual', headers: { cookie: flowCookie } });
  return { location: response.headers.get('location'), session: cookieOf(response, 'vhod_session') };
}

describe('sign-in through the ESIA protocol', () => {
  it('sends the browser to ESIA with a signed request, and starts a session for the person ESIA vouches for', async () => {
    const before = await sessionCount();
    const trip = await throughEsia();
    expect(esia.authorizationRequests.at(-1)?.get('client_id')).toBe('vhod-routes');
    const result = await callBack(trip);
    expect(result.location).toBe('/');
    expect(result.session).toBeDefined();
    expect(await sessionCount()).toBe(before + 1);
    const replay = await callBack(trip);
    expect(replay).toEqual({ location: '/auth-error?code=login-flow-missing', session: undefined });
  });

  it.each([
    ['parent', 'access_denied', 'ESIA-007004: the user refused', 'esia-refused'],
    ['student', 'access_denied', 'ESIA-007004: no parental consent', 'minor-consent-required'],
    ['parent', 'access_denied', 'ESIA-007055: unconfirmed account', 'unconfirmed-account'],
    ['parent', 'invalid_grant', 'ESIA-007011: code expired', 'esia-code-expired'],
    ['parent', 'invalid_request', 'ESIA-007015: bad timestamp', 'esia-clock-skew'],
    ['parent', 'invalid_request', 'ESIA-007023: redirect_uri', 'esia-redirect-not-registered'],
    ['parent', 'invalid_client', 'ESIA-007053: client_secret', 'esia-client-rejected'],
    ['parent', 'invalid_scope', 'ESIA-007019: no grant', 'esia-scope-refused'],
    ['parent', 'invalid_request', 'ESIA-007002: missing parameter', 'esia-error'],
  ] as const)('shows a %s ESIA’s %s "%s" as %s, without a session', async (role, error, description, code) => {
    const before = await sessionCount();
    esia.refuseNextAuthorization(error, description);
    const result = await callBack(await throughEsia(role));
    expect(result).toEqual({ location: `/auth-error?code=${code}`, session: undefined });
    expect(await sessionCount()).toBe(before);
  });

  it('records the refusal with ESIA’s code in the audit log', async () => {
    const failures = async () =>
      (await api.db.select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.action, 'sign-in.failed'))).filter(
        ({ details }) => details.esiaCode === 'ESIA-007053',
      );
    const before = await failures();
    esia.refuseNextAuthorization('invalid_client', 'ESIA-007053: client_secret');
    await callBack(await throughEsia());
    const after = await failures();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)?.details).toEqual({
      code: 'esia-client-rejected',
      error: 'invalid_client',
      esiaCode: 'ESIA-007053',
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it('refuses a callback carrying another state, and creates no session', async () => {
    const trip = await throughEsia();
    const forged = new URL(trip.callback);
    forged.searchParams.set('state', crypto.randomUUID());
    const before = await sessionCount();
    expect(await callBack({ ...trip, callback: forged.href })).toEqual({
      location: '/auth-error?code=invalid-response',
      session: undefined,
    });
    expect(await sessionCount()).toBe(before);
  });

  it('takes staff through the family portal only for a system that sent them, and returns them to that system’s sign-in', async () => {
    const refused = await fetch(`${api.server.url}/auth/esia/login?role=staff&app=family`, { redirect: 'manual' });
    expect(refused.headers.get('location')).toBe('/auth-error?code=invalid-request');
    const forged = await fetch(`${api.server.url}/auth/esia/login?role=parent&app=family&interaction=${encodeURIComponent('../x')}`, {
      redirect: 'manual',
    });
    expect(forged.headers.get('location')).toBe('/auth-error?code=invalid-request');

    const result = await callBack(await throughEsia('staff', '&interaction=Zq3_uid-1'));
    expect(result.location).toBe('/oidc/interaction/Zq3_uid-1');
    expect(result.session).toBeDefined();
  });

  it('signs out here and at ESIA', async () => {
    const { session } = await callBack(await throughEsia());
    const response = await fetch(`${api.server.url}/auth/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: session!, origin: publicOrigin, 'content-length': '0' },
    });
    const logout = new URL(response.headers.get('location')!);
    expect(`${logout.origin}${logout.pathname}`).toBe(`${esia.url}/idp/ext/Logout`);
    expect(Object.fromEntries(logout.searchParams)).toEqual({ client_id: 'vhod-routes', redirect_url: `${publicOrigin}/` });
  });
});
