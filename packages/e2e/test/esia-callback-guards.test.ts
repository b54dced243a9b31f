import { seededTestDatabase } from '@vhod/db/testing';
import { sessions, type DatabaseHandle } from '@vhod/db';
import { startStack, type RunningStack } from '@vhod/dev-stack';
import { driveSignIn } from '@vhod/esia-sim';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testStackNow } from '../src/system-under-test';

type Tamper = (url: URL) => void;
const wrongState: Tamper = (url) => url.searchParams.set('state', 'forged-state');
const missingCode: Tamper = (url) => url.searchParams.delete('code');
const forgedCode: Tamper = (url) => url.searchParams.set('code', 'forged-code');
const wrongIssuer: Tamper = (url) => url.searchParams.set('iss', 'http://127.0.0.1:1/evil');

/**
 * ESIA's protocol is what the demo and production take; the OpenID Connect mode (a broker in front
 * of ESIA) keeps this smaller set. A forged code reaches ESIA's token endpoint, which calls it
 * expired (ESIA-007011); an RFC 9207 `iss` exists only in OpenID Connect.
 */
const protocols = [
  {
    protocol: 'esia' as const,
    tampered: [
      ['a wrong state', wrongState, 'invalid-response'],
      ['a missing code', missingCode, 'invalid-response'],
      ['a forged code', forgedCode, 'esia-code-expired'],
    ] as Array<[string, Tamper, string]>,
  },
  {
    protocol: 'oidc' as const,
    tampered: [
      ['a wrong state', wrongState, 'invalid-response'],
      ['a missing code', missingCode, 'invalid-response'],
      ['a wrong issuer', wrongIssuer, 'invalid-response'],
      ['a forged code', forgedCode, 'invalid-response'],
    ] as Array<[string, Tamper, string]>,
  },
];

describe.each(protocols)('the callback over $protocol refuses anything but the one answer it is waiting for', ({ protocol, tampered }) => {
  let database: DatabaseHandle;
  let stack: RunningStack;

  beforeAll(async () => {
    database = await seededTestDatabase();
    stack = await startStack({ database, now: testStackNow(), identityProtocol: protocol });
  });
  afterAll(async () => {
    await stack?.close();
    await database?.close();
  });

  /** Starts a sign-in as a browser would and signs in at the development ESIA; returns the callback URL and the flow cookie. */
  async function signInUpToCallback(subject: string): Promise<{ callback: URL; flowCookie: string }> {
    const start = await fetch(`${stack.apiUrl}/auth/esia/login?role=parent&app=family`, { redirect: 'manual' });
    expect(start.status).toBe(303);
    const flowCookie = start.headers
      .getSetCookie()
      .find((c) => c.startsWith('vhod_login='))!
      .split(';')[0]!;
    const callback = new URL(await driveSignIn(start.headers.get('location')!, { subject }));
    return { callback, flowCookie };
  }

  async function callCallback(url: URL, flowCookie?: string) {
    const response = await fetch(url, { redirect: 'manual', headers: flowCookie ? { cookie: flowCookie } : {} });
    const sessionCookie = response.headers.getSetCookie().find((c) => c.startsWith('vhod_session=') && !c.startsWith('vhod_session=;'));
    return { status: response.status, location: response.headers.get('location'), sessionCookie };
  }

  async function sessionCount(): Promise<number> {
    const [row] = await database.db.select({ n: count() }).from(sessions);
    return row!.n;
  }

  it('accepts the genuine callback once and starts a session', async () => {
    const { callback, flowCookie } = await signInUpToCallback('1000001');
    const before = await sessionCount();
    const first = await callCallback(callback, flowCookie);
    expect(first.location).toBe('/');
    expect(first.sessionCookie).toMatch(/HttpOnly/i);
    expect(first.sessionCookie).toMatch(/SameSite=Lax/i);
    expect(await sessionCount()).toBe(before + 1);

    const replay = await callCallback(callback, flowCookie);
    expect(replay.location).toBe('/auth-error?code=login-flow-missing');
    expect(replay.sessionCookie).toBeUndefined();
    expect(await sessionCount()).toBe(before + 1);
  });

  it.each(tampered)('rejects a callback with %s and creates no session', async (_name, tamper, code) => {
    const { callback, flowCookie } = await signInUpToCallback('1000001');
    tamper(callback);
    const before = await sessionCount();
    const result = await callCallback(callback, flowCookie);
    expect(result.location).toBe(`/auth-error?code=${code}`);
    expect(result.sessionCookie).toBeUndefined();
    expect(await sessionCount()).toBe(before);
  });

  it('rejects a callback without the browser-bound flow cookie (login CSRF)', async () => {
    const { callback } = await signInUpToCallback('1000001');
    const result = await callCallback(callback);
    expect(result.location).toBe('/auth-error?code=login-flow-missing');
    expect(result.sessionCookie).toBeUndefined();
  });

  it('turns a refusal at ESIA into a clear error, not a session', async () => {
    const start = await fetch(`${stack.apiUrl}/auth/esia/login?role=parent&app=family`, { redirect: 'manual' });
    const flowCookie = start.headers
      .getSetCookie()
      .find((c) => c.startsWith('vhod_login='))!
      .split(';')[0]!;
    const callback = new URL(await driveSignIn(start.headers.get('location')!, { subject: '1000004', consent: 'deny' }));
    expect(callback.searchParams.get('error')).toBe('access_denied');
    const result = await callCallback(callback, flowCookie);
    expect(result.location).toBe('/auth-error?code=esia-refused');
    expect(result.sessionCookie).toBeUndefined();
  });

  it('rejects an unknown role with a clear error before going to ESIA', async () => {
    const start = await fetch(`${stack.apiUrl}/auth/esia/login?role=director`, { redirect: 'manual' });
    expect(start.headers.get('location')).toBe('/auth-error?code=invalid-request');
  });
});
