import { createServer as createNetServer, type AddressInfo } from 'node:net';
import type { SignInRole } from '@vhod/domain';
import { CookieJar } from '@vhod/esia-sim';
import * as oidc from 'openid-client';
import { sessionCookieName } from '../../src/sessions/cookies';
import type { ApiServices } from '../../src/server/http-types';
import { startApiServer, type RunningApiServer } from '../../src/server/create-api-server';
import { esiaPerson } from './esia-people';
import { seededServices } from './test-services';
import { meta } from './test-services';
import { staffActor } from './staff-actors';

/** A port nobody uses now, so the server's public origin (and the issuer) can be named before it starts. */
export async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

/** The API on a known origin, so that the provider's issuer is where the relying party finds it. */
export async function providerServer(options: { env?: Record<string, string>; port?: number } = {}) {
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const env = await seededServices({ env: { VHOD_PUBLIC_ORIGIN: origin, ...options.env } });
  let server: RunningApiServer = await startApiServer({ config: { ...env.config, email: null }, db: env.db, clock: env.clock, port });
  return {
    ...env,
    origin,
    issuer: `${origin}/oidc`,
    get server() {
      return server;
    },
    /** Another API process on the same origin and database (a restart with a new configuration, e.g. rotated keys). */
    async restart(restartEnv: Record<string, string>) {
      await server.close();
      const { loadApiConfig } = await import('../../src/config');
      const config = loadApiConfig({ NODE_ENV: 'test', VHOD_SELF_LINK_CUTOFF: '2027-03-17', VHOD_PUBLIC_ORIGIN: origin, ...restartEnv });
      server = await startApiServer({ config: { ...config, email: null }, db: env.db, clock: env.clock, port });
    },
    async close() {
      await server.close();
      await env.database.close();
    },
  };
}

export type ProviderServer = Awaited<ReturnType<typeof providerServer>>;

export const diaryRedirect = 'http://127.0.0.1:4010/callback';

/** Registers a system as the regional administrator does in the console. */
export async function registerClient(services: ApiServices, input: Record<string, unknown> = {}) {
  const admin = await staffActor(services, '1000011');
  const { client, secret } = await services.oidcClients.create(
    admin,
    {
      name: 'Электронный дневник',
      redirectUris: [diaryRedirect],
      postLogoutRedirectUris: ['http://127.0.0.1:4010/'],
      scopes: ['profile', 'school_account', 'children'],
      trusted: true,
      authMethod: 'client_secret_basic',
      ...input,
    },
    meta,
  );
  return { client, secret, admin };
}

/**
 * A browser with an active Vhod session of the demo citizen `subject`, signed in as `role`
 * (consent given, `organisation` chosen when they have several accounts): a cookie jar.
 */
export async function browserSignedIn(
  server: ProviderServer,
  subject: string,
  role: SignInRole = 'parent',
  organisationName?: string,
): Promise<CookieJar> {
  const { services } = server;
  let { token, session } = await services.signIn.afterEsia(esiaPerson(subject), role, 'family', meta);
  if (session.stage === 'consent') session = await services.signIn.giveConsent(session, meta);
  if (session.stage === 'choose-account') {
    const { accounts, organisations } = await import('@vhod/db');
    const { and, eq, inArray } = await import('drizzle-orm');
    const [chosen] = await services.db
      .select({ id: accounts.id })
      .from(accounts)
      .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
      .where(and(inArray(accounts.id, session.candidateAccountIds), eq(organisations.name, organisationName ?? '')));
    if (!chosen) throw new Error(`${subject} has no account at ${organisationName}`);
    session = await services.signIn.chooseAccount(session, chosen.id, meta);
  }
  return browserWithSession(server, token, session.stage);
}

/** A browser holding the Vhod session cookie `token` (whatever stage the session is in). */
export function browserWithSession(server: ProviderServer, token: string, _stage?: string): CookieJar {
  const jar = new CookieJar();
  const response = new Response(null, { headers: { 'set-cookie': `${sessionCookieName}=${token}; Path=/; HttpOnly` } });
  jar.store(new URL(server.origin), response);
  return jar;
}

/**
 * A GET as a browser sends it: when the kept-alive connection it reused turns out closed before any
 * answer (the server's idle timeout, or a restarted server), the request is sent again once on a
 * new connection, as browsers do for idempotent requests (RFC 9112 §9.3.1).
 */
async function getAsBrowser(url: URL, headers: Record<string, string>): Promise<Response> {
  try {
    return await fetch(url, { redirect: 'manual', headers });
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw error;
    return fetch(url, { redirect: 'manual', headers });
  }
}

/**
 * Follows the redirects a browser would from `url`, keeping cookies, until it leaves the
 * provider's origin or lands on a page: returns that last URL.
 */
export async function followRedirects(jar: CookieJar, url: string | URL, origin: string): Promise<URL> {
  let current = new URL(url);
  for (let hop = 0; hop < 20; hop++) {
    if (current.origin !== origin) return current;
    const cookie = jar.headerFor(current);
    const response = await getAsBrowser(current, cookie ? { cookie } : {});
    jar.store(current, response);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return current;
    current = new URL(location, current);
  }
  throw new Error('too many redirects');
}

/**
 * A relying party as a real one is written: openid-client with discovery, PKCE, state and nonce;
 * `credential` a client secret, another way to authenticate (private_key_jwt), or none (public).
 */
export async function relyingParty(issuer: string, clientId: string, credential: string | oidc.ClientAuth | null) {
  const clientAuth = typeof credential === 'string' ? oidc.ClientSecretBasic(credential) : (credential ?? oidc.None());
  const configuration = await oidc.discovery(new URL(issuer), clientId, undefined, clientAuth, { execute: [oidc.allowInsecureRequests] });
  return {
    configuration,
    async start(params: Record<string, string> = {}) {
      const verifier = oidc.randomPKCECodeVerifier();
      const nonce = oidc.randomNonce();
      const state = oidc.randomState();
      const url = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: diaryRedirect,
        scope: 'openid profile school_account children',
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        nonce,
        state,
        ...params,
      });
      return { url, verifier, nonce, state };
    },
    finish(callback: URL, expected: { verifier: string; nonce: string; state: string }) {
      return oidc.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: expected.verifier,
        expectedNonce: expected.nonce,
        expectedState: expected.state,
      });
    },
  };
}
