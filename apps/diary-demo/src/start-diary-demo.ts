import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseCookie, stringifySetCookie } from 'cookie';
import * as oidc from 'openid-client';
import { createDiarySessions, type DiaryUser } from './diary-sessions';
import { logoutTokenVerifier } from './logout-token';
import { renderDiary, renderRefused, renderSignedOut } from './pages';

export interface DiaryDemoOptions {
  /** Vhod's issuer, e.g. http://127.0.0.1:3000/oidc. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** 0 or absent: any free port. */
  port?: number;
  host?: string;
}

export interface RunningDiaryDemo {
  /** The diary's origin, e.g. http://127.0.0.1:3002 (its redirect URI is `${url}/callback`). */
  url: string;
  close(): Promise<void>;
}

const sessionCookie = 'diary_session';
const loginCookie = 'diary_login';
const loginLifetimeMs = 10 * 60_000;
const maxLogoutBody = 16 * 1024;

interface PendingLogin {
  state: string;
  nonce: string;
  verifier: string;
  expiresAt: number;
}

const pageHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/**
 * «Электронный дневник (демо)»: a downstream system as a region's would be written, an openid-client
 * relying party of Vhod (code flow, PKCE, state, nonce, iss), with its own sessions that Vhod's
 * back-channel logout ends. It shows what it received: the person, the school account, a parent's
 * children. Development only: it speaks plain http to a provider on this machine.
 */
export async function startDiaryDemo(options: DiaryDemoOptions): Promise<RunningDiaryDemo> {
  const sessions = createDiarySessions();
  const pendingLogins = new Map<string, PendingLogin>();
  let origin = '';

  let discovery: Promise<oidc.Configuration> | undefined;
  // Lazy and retried: the diary starts whether or not Vhod answers yet.
  const provider = () => {
    discovery ??= oidc
      .discovery(new URL(options.issuer), options.clientId, undefined, oidc.ClientSecretBasic(options.clientSecret), {
        execute: [oidc.allowInsecureRequests],
      })
      .catch((error: unknown) => {
        discovery = undefined;
        throw error;
      });
    return discovery;
  };
  let verifyLogoutToken: ReturnType<typeof logoutTokenVerifier> | undefined;

  const cookieOf = (req: IncomingMessage, name: string) => parseCookie(req.headers.cookie ?? '')[name];
  const setCookie = (name: string, value: string, maxAge?: number) =>
    stringifySetCookie(name, value, { httpOnly: true, sameSite: 'lax', path: '/', ...(maxAge === undefined ? {} : { maxAge }) });
  const redirect = (res: ServerResponse, location: string, cookies: string[] = []) => {
    res.writeHead(303, { Location: location, 'Cache-Control': 'no-store', ...(cookies.length ? { 'Set-Cookie': cookies } : {}) });
    res.end();
  };
  const html = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, pageHeaders);
    res.end(body);
  };

  async function login(res: ServerResponse, url: URL) {
    const configuration = await provider();
    const login: PendingLogin = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      expiresAt: Date.now() + loginLifetimeMs,
    };
    const key = randomBytes(24).toString('base64url');
    for (const [other, pending] of pendingLogins) if (pending.expiresAt < Date.now()) pendingLogins.delete(other);
    pendingLogins.set(key, login);
    const hint = url.searchParams.get('hint');
    const authorization = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: `${origin}/callback`,
      scope: 'openid profile school_account children',
      state: login.state,
      nonce: login.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(login.verifier),
      code_challenge_method: 'S256',
      ...(hint ? { login_hint: hint } : {}),
    });
    redirect(res, authorization.href, [setCookie(loginCookie, key, loginLifetimeMs / 1000)]);
  }

  async function callback(req: IncomingMessage, res: ServerResponse, url: URL) {
    const key = cookieOf(req, loginCookie);
    const login = key ? pendingLogins.get(key) : undefined;
    if (key) pendingLogins.delete(key);
    const clearLogin = setCookie(loginCookie, '', 0);
    if (!login || login.expiresAt < Date.now()) return redirect(res, '/', [clearLogin]);
    const error = url.searchParams.get('error');
    if (error) {
      res.setHeader('Set-Cookie', clearLogin);
      return html(res, 200, renderRefused(error));
    }
    const tokens = await oidc.authorizationCodeGrant(await provider(), url, {
      pkceCodeVerifier: login.verifier,
      expectedState: login.state,
      expectedNonce: login.nonce,
    });
    const claims = tokens.claims()!;
    const user: DiaryUser = {
      sub: claims.sub,
      sid: typeof claims.sid === 'string' ? claims.sid : undefined,
      name: String(claims.name ?? ''),
      schoolAccount: (claims.school_account as DiaryUser['schoolAccount']) ?? null,
      children: (claims.children as DiaryUser['children']) ?? [],
      idToken: tokens.id_token!,
    };
    redirect(res, '/', [clearLogin, setCookie(sessionCookie, sessions.start(user))]);
  }

  async function backChannelLogout(req: IncomingMessage, res: ServerResponse) {
    let body = '';
    for await (const chunk of req) {
      body += (chunk as Buffer).toString();
      if (body.length > maxLogoutBody) break;
    }
    const token = new URLSearchParams(body).get('logout_token');
    try {
      if (!token) throw new Error('no logout_token');
      const metadata = (await provider()).serverMetadata();
      verifyLogoutToken ??= logoutTokenVerifier({ issuer: metadata.issuer, jwksUri: metadata.jwks_uri!, clientId: options.clientId });
      const { sub, sid } = await verifyLogoutToken(token);
      sessions.endFor(sub, sid);
      res.writeHead(200, { 'Cache-Control': 'no-store' });
    } catch {
      res.writeHead(400, { 'Cache-Control': 'no-store' });
    }
    res.end();
  }

  /** The diary's «Выйти»: its own session, then Vhod's (RP-initiated logout), which asks before it signs out. */
  async function logout(req: IncomingMessage, res: ServerResponse) {
    const user = sessions.end(cookieOf(req, sessionCookie));
    const clear = setCookie(sessionCookie, '', 0);
    if (!user) return redirect(res, '/', [clear]);
    const endSession = oidc.buildEndSessionUrl(await provider(), { id_token_hint: user.idToken, post_logout_redirect_uri: `${origin}/` });
    redirect(res, endSession.href, [clear]);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const route = `${req.method} ${url.pathname}`;
    const handle = async () => {
      if (route === 'GET /') {
        const user = sessions.get(cookieOf(req, sessionCookie));
        return html(res, 200, user ? renderDiary(user) : renderSignedOut());
      }
      if (route === 'GET /login') return login(res, url);
      if (route === 'GET /callback') return callback(req, res, url);
      if (route === 'POST /backchannel-logout') return backChannelLogout(req, res);
      if (route === 'GET /logout') return logout(req, res);
      res.writeHead(404).end();
    };
    handle().catch((error: unknown) => {
      // A failed sign-in (a forged or replayed callback, Vhod unreachable) is a refusal page, not a crash.
      if (res.headersSent) return void res.end();
      html(res, 400, renderRefused(error instanceof Error ? error.constructor.name : 'error'));
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', done));
  origin = `http://${options.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}
