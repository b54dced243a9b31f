import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { accounts, oidcClientSignIns, persons, sessions } from '@vhod/db';
import { and, eq } from 'drizzle-orm';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sessionCookieName } from '../src/sessions/cookies';
import { createExpiredRowsSweeper } from '../src/sessions/expired-rows-sweeper';
import { hashSessionToken } from '../src/sessions/session-token';
import {
  browserSignedIn,
  followRedirects,
  providerServer,
  registerClient,
  relyingParty,
  type ProviderServer,
} from './support/oidc-relying-party';
import { staffActor } from './support/staff-actors';
import { meta } from './support/test-services';

/** The diary's back-channel endpoint: keeps what it was sent and answers as told. */
let diaryBackEnd: Server;
let received: string[] = [];
let answer = 204;
let server: ProviderServer;
let diary: { clientId: string; secret: string };

beforeAll(async () => {
  diaryBackEnd = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      received.push(new URLSearchParams(body).get('logout_token') ?? '');
      res.statusCode = answer;
      res.end();
    });
  });
  await new Promise<void>((done) => diaryBackEnd.listen(0, '127.0.0.1', done));
  const { port } = diaryBackEnd.address() as AddressInfo;
  server = await providerServer();
  const { client, secret } = await registerClient(server.services, { backChannelLogoutUri: `http://127.0.0.1:${port}/backchannel-logout` });
  diary = { clientId: client.clientId, secret: secret! };
});
afterAll(async () => {
  await server?.close();
  await new Promise((done) => diaryBackEnd?.close(done));
});
beforeEach(() => {
  received = [];
  answer = 204;
});

async function signedIntoDiary(subject: string) {
  const rp = await relyingParty(server.issuer, diary.clientId, diary.secret);
  const browser = await browserSignedIn(server, subject);
  const request = await rp.start();
  const tokens = await rp.finish(await followRedirects(browser, request.url, server.origin), request);
  return { browser, claims: tokens.claims()! };
}

/** What the diary must check of a logout token (OpenID Connect Back-Channel Logout 1.0, §2.6). */
async function verifiedLogoutToken(token: string) {
  const { payload, protectedHeader } = await jwtVerify(token, createRemoteJWKSet(new URL(`${server.issuer}/jwks`)), {
    issuer: server.issuer,
    audience: diary.clientId,
    typ: 'logout+jwt',
  });
  expect(payload.events).toEqual({ 'http://schemas.openid.net/event/backchannel-logout': {} });
  expect(payload).not.toHaveProperty('nonce');
  return { payload, protectedHeader };
}

describe('back-channel logout', () => {
  it('tells the diary when the person signs out of Vhod: the same sub and sid as its ID token', async () => {
    const { browser, claims } = await signedIntoDiary('1000001');
    const signOut = await fetch(`${server.origin}/auth/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: server.origin, cookie: browser.headerFor(new URL(`${server.origin}/auth/logout`))! },
    });
    expect(signOut.status).toBe(303);

    await expect.poll(() => received.length, { timeout: 5_000 }).toBe(1);
    const { payload } = await verifiedLogoutToken(received[0]!);
    expect(payload.sub).toBe(claims.sub);
    expect(payload.sid).toBe(claims.sid);
  });

  it('tells the diary when staff unlink the person’s ESIA account', async () => {
    await signedIntoDiary('1000007');
    const [card] = await server.db.select({ id: persons.id }).from(persons).where(eq(persons.lastName, 'Соловьева-Ким'));
    const responsible = await staffActor(server.services, '1000010');
    await server.services.personCards.unlinkEsia(responsible, card!.id, 'Учётная запись ЕСИА чужая', meta);
    // The server's worker polls; this one (another instance on the same database) may be first: either delivers, once.
    await server.services.oidc.backChannelLogouts.runOnce();
    await expect.poll(() => received.length, { timeout: 5_000 }).toBe(1);
    await verifiedLogoutToken(received[0]!);
  });

  it('tells the diary when the person’s school account is disabled, and ends their Vhod session', async () => {
    const { browser } = await signedIntoDiary('1000001');
    const token = browser.headerFor(new URL(server.origin))!.match(new RegExp(`${sessionCookieName}=([^;]+)`))![1]!;
    const [session] = await server.db
      .select()
      .from(sessions)
      .where(eq(sessions.idHash, hashSessionToken(token)));
    const sweeper = createExpiredRowsSweeper({
      db: server.db,
      clock: server.clock,
      logger: server.services.logger,
      loginFlowLifetimeMs: 600_000,
    });

    await sweeper.runNow();
    await server.services.oidc.backChannelLogouts.runOnce();
    expect(received).toHaveLength(0);

    // The school system's data disables the account (Vhod has no action of its own for it).
    await server.db.update(accounts).set({ disabledAt: server.clock.now() }).where(eq(accounts.id, session!.accountId!));
    try {
      await sweeper.runNow();
      await server.services.oidc.backChannelLogouts.runOnce();
      await expect.poll(() => received.length, { timeout: 5_000 }).toBe(1);
      await verifiedLogoutToken(received[0]!);
      expect(await server.services.sessions.load(token)).toBeNull();
    } finally {
      await server.db.update(accounts).set({ disabledAt: null }).where(eq(accounts.id, session!.accountId!));
    }
  });

  it('keeps trying a diary that does not answer, and stops once it has', async () => {
    answer = 503;
    const { browser } = await signedIntoDiary('1000003');
    const token = browser.headerFor(new URL(server.origin))!.match(new RegExp(`${sessionCookieName}=([^;]+)`))![1]!;
    await server.services.sessions.destroy(token);
    const worker = server.services.oidc.backChannelLogouts;
    const signIn = async () =>
      (
        await server.db
          .select()
          .from(oidcClientSignIns)
          .where(and(eq(oidcClientSignIns.clientId, diary.clientId), eq(oidcClientSignIns.sessionIdHash, hashSessionToken(token))))
      )[0]!;
    await worker.runOnce();
    await expect.poll(async () => (await signIn()).logoutLastError, { timeout: 5_000 }).toBe('HTTP 503');
    expect(await signIn()).toMatchObject({ logoutAttempts: 1, logoutDeliveredAt: null });

    // Not due again before its back-off: the (now healthy) diary hears nothing yet.
    answer = 204;
    await worker.runOnce();
    expect(received).toHaveLength(1);

    server.clock.advance(60_000);
    await worker.runOnce();
    await expect.poll(async () => (await signIn()).logoutDeliveredAt, { timeout: 5_000 }).not.toBeNull();
    await worker.runOnce();
    expect(received).toHaveLength(2);
  });
});
