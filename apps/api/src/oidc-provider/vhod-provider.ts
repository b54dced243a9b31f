import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { oidcClientScopes, accountForHint } from '@vhod/domain';
import { findSchoolAccount, hashClientSecret, type Database } from '@vhod/db';
import Provider, { interactionPolicy, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

import type { Clock } from '../clock/clock';
import { auditSignOut } from '../auth/sign-out-audit';
import type { ApiConfig } from '../config';
import type { Logger } from '../logging/logger';
import { reportUnexpectedError } from '../logging/unexpected-error';
import { clearSessionCookie, readCookie, sessionCookieName } from '../sessions/cookies';
import type { SessionStore } from '../sessions/session-store';
import { hashSessionToken } from '../sessions/session-token';
import { createBackChannelLogouts } from './back-channel-logouts';
import { createClientConsents } from './client-consents';
import { createClientSignIns } from './client-sign-ins';
import { isHandOverSession } from './hand-over-session';
import { clientRequestRefusedPage, interactionPath, oidcMountPath } from './paths';
import { renderLogoutPage } from './logout-page';
import { providerStorage } from './provider-storage';
import { createFindAccount, scopeClaims, type SubjectFor } from './school-account-claims';

/** Not in the type declarations: the method end_session itself uses to post a logout token. */
interface BackChannelClient {
  backchannelLogout(sub: string, sid: string): Promise<void>;
}

interface ProviderDeps {
  config: ApiConfig;
  db: Database;
  clock: Clock;
  logger: Logger;
  sessions: SessionStore;
}

/**
 * Vhod as the OpenID Provider of the regional systems, on oidc-provider. What is Vhod's own:
 *
 * - who the user is: the Vhod session (its own sign-in through ESIA), not a login of the provider's.
 *   Every authorization asks whether the browser's Vhod session is still the one the client's
 *   grant was made in (the `vhod_session` check); if not, the interaction (interaction.ts) sends
 *   the browser through Vhod's sign-in and back;
 * - accounts are persons; the school account handed over is fixed per grant (client-sign-ins.ts);
 * - storage in PostgreSQL (provider-storage.ts), clients from `oidc_clients`;
 * - when the Vhod session ends, the client's tokens go and a logout token is owed (back-channel-logouts.ts).
 */
export function createVhodProvider({ config, db, clock, logger, sessions }: ProviderDeps) {
  const settings = config.oidcProvider;
  const signIns = createClientSignIns(db, clock);
  const consents = createClientConsents(db, clock);

  const pairwise = (personId: string, sectorIdentifier: string | undefined) =>
    createHmac('sha256', settings.pairwiseSalt)
      .update(`${sectorIdentifier ?? ''} ${personId}`)
      .digest('base64url');
  const subjectFor: SubjectFor = async (personId, client) =>
    client?.subjectType === 'pairwise' ? pairwise(personId, client.sectorIdentifier) : personId;

  const vhodSessionOf = (ctx: KoaContextWithOIDC) => readCookie(ctx.get('cookie'), sessionCookieName);

  /** True (ask): the browser's Vhod session is gone, is someone else's, or is not the one this client's grant was made in. */
  async function vhodSessionChanged(ctx: KoaContextWithOIDC): Promise<boolean> {
    const session = await sessions.load(vhodSessionOf(ctx));
    if (!isHandOverSession(session) || session.personId !== ctx.oidc.session?.accountId) return true;
    const grantId = ctx.oidc.session.grantIdFor(ctx.oidc.client!.clientId);
    // A client new to this provider session: the consent prompt brings the person to the hand-over anyway.
    if (!grantId) return false;
    const signIn = await signIns.ofGrant(grantId);
    if (!signIn || signIn.sessionIdHash !== session.idHash) return true;
    const hint = ctx.oidc.params?.login_hint;
    if (typeof hint !== 'string' || hint === '') return false;
    const account = await findSchoolAccount(db, signIn.accountId);
    return !account || !accountForHint([{ id: account.id, organisationId: account.organisation.id }], hint);
  }

  const policy = interactionPolicy.base();
  policy
    .get('login')!
    .checks.add(
      new interactionPolicy.Check('vhod_session', 'the user is to be signed in (again) through Vhod', (ctx) => vhodSessionChanged(ctx)),
    );

  const signingAlg = (settings.keys[0]!.alg ?? (settings.keys[0]!.kty === 'EC' ? 'ES256' : 'RS256')) as 'RS256' | 'PS256' | 'ES256';

  const configuration: Configuration = {
    adapter: providerStorage(db),
    clientDefaults: { grant_types: ['authorization_code'], response_types: ['code'], id_token_signed_response_alg: signingAlg },
    clientAuthMethods: ['client_secret_basic', 'client_secret_post', 'private_key_jwt', 'none'],
    // No symmetric algorithm anywhere: a client's "secret" is only a hash here, and HS256 would need the secret itself.
    enabledJWA: {
      idTokenSigningAlgValues: ['RS256', 'PS256', 'ES256'],
      clientAuthSigningAlgValues: ['RS256', 'PS256', 'ES256', 'EdDSA'],
      requestObjectSigningAlgValues: ['RS256', 'PS256', 'ES256'],
    },
    responseTypes: ['code'],
    subjectTypes: ['public', 'pairwise'],
    scopes: ['openid', ...oidcClientScopes],
    claims: Object.fromEntries(Object.entries(scopeClaims).map(([scope, claims]) => [scope, [...claims]])),
    // The school account and the children go into the ID token too: a client needs no userinfo call to know who came.
    conformIdTokenClaims: false,
    findAccount: createFindAccount(db, signIns, subjectFor),
    pairwiseIdentifier: (_ctx, personId, client) => pairwise(personId, client.sectorIdentifier as string | undefined),
    jwks: { keys: settings.keys },
    cookies: {
      keys: settings.cookieKeys,
      names: { session: 'vhod_oidc_session', interaction: 'vhod_oidc_interaction', resume: 'vhod_oidc_resume' },
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    pkce: { required: (_ctx, client) => client.tokenEndpointAuthMethod === 'none' },
    allowOmittingSingleRegisteredRedirectUri: false,
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: renderLogoutPage,
        // Signed out without a return address: the family portal's front page.
        postLogoutSuccessSource: (ctx) => {
          ctx.status = 303;
          ctx.redirect('/');
        },
      },
      claimsParameter: { enabled: false },
      introspection: { enabled: false },
      revocation: { enabled: false },
      registration: { enabled: false },
      resourceIndicators: { enabled: false },
    },
    issueRefreshToken: () => false,
    interactions: { url: (_ctx, interaction) => interactionPath(interaction.uid), policy },
    renderError: (ctx, out) => {
      logger.warn({ event: 'oidc-request-refused', error: out.error });
      ctx.status = 303;
      ctx.redirect(clientRequestRefusedPage);
    },
    clientBasedCORS: (_ctx, origin, client) =>
      [...(client.redirectUris ?? []), ...(client.postLogoutRedirectUris ?? [])].some((uri) => new URL(uri).origin === origin),
    ttl: {
      AccessToken: 10 * 60,
      AuthorizationCode: 60,
      IdToken: 10 * 60,
      Interaction: config.sessions.pendingTimeoutMs / 1000,
      Session: config.sessions.absoluteTimeoutMs / 1000,
      Grant: config.sessions.absoluteTimeoutMs / 1000,
    },
    ...(settings.allowLoopbackBackChannel
      ? {
          // oidc-provider sets an SSRF guard that refuses special-use addresses; the demo's diary is on 127.0.0.1.
          fetch: (url: string | URL | Request, options?: RequestInit) => fetch(url, { ...options, dispatcher: undefined } as RequestInit),
        }
      : {}),
  };

  const provider = new Provider(settings.issuer, configuration);
  // Behind the TLS proxy of a deployment the provider must see https (X-Forwarded-Proto) to build its URLs and cookies.
  provider.proxy = config.production;

  // A client's registered "secret" is the SHA-256 of the real one (the console shows it once, stores the hash).
  provider.Client.prototype.compareClientSecret = function compareClientSecret(this: { clientSecret?: string }, actual: string) {
    const expected = Buffer.from(this.clientSecret ?? '');
    const given = Buffer.from(hashClientSecret(actual));
    return expected.length === given.length && timingSafeEqual(expected, given);
  };

  provider.on('server_error', (_ctx, error) => reportUnexpectedError(logger, error, { task: 'oidc-provider' }));

  const backChannelLogouts = createBackChannelLogouts({
    db,
    clock,
    logger,
    async deliver(signIn) {
      const client = await provider.Client.find(signIn.clientId);
      if (!client?.backchannelLogoutUri || !signIn.sid) return 'client-gone';
      // oidc-provider's own logout token (signed like ID tokens, `sub` pairwise where the client's is).
      await (client as unknown as BackChannelClient).backchannelLogout(signIn.personId, signIn.sid);
      return 'delivered';
    },
  });

  provider.use(async (koaContext, next) => {
    await next();
    const ctx = koaContext as unknown as KoaContextWithOIDC;
    const route = ctx.oidc?.route;
    const code = ctx.oidc?.entities.AuthorizationCode;
    const providerSession = ctx.oidc?.session;
    if ((route === 'authorization' || route === 'resume') && code?.grantId && ctx.oidc.client && providerSession) {
      const token = vhodSessionOf(ctx);
      if (token) {
        await signIns.bindProviderSession(code.grantId, {
          sessionIdHash: hashSessionToken(token),
          providerSessionUid: providerSession.uid,
          sid: providerSession.sidFor(ctx.oidc.client.clientId),
        });
      }
    }
    // oidc-provider marks the session it has just ended (not in the type declarations).
    if (route === 'end_session_confirm' && (providerSession as { destroyed?: boolean } | undefined)?.destroyed) await endVhodSession(ctx);
  });

  /** A client's «Выйти» (RP-initiated logout, confirmed) ends the Vhod session too: one sign-in, one sign-out. */
  async function endVhodSession(ctx: KoaContextWithOIDC) {
    const token = vhodSessionOf(ctx);
    const session = await sessions.load(token);
    await db.transaction(async (tx) => {
      if (session) await auditSignOut(tx, session, ctx.ip || null, { by: ctx.oidc.client?.clientId ?? null });
      await sessions.destroy(token, tx);
      // oidc-provider has posted the logout tokens of its session's clients already.
      await signIns.markToldByProvider(ctx.oidc.session!.uid, tx);
    });
    ctx.append('Set-Cookie', clearSessionCookie({ secure: config.secureCookies }));
    backChannelLogouts.kick();
  }

  const handle = provider.callback();

  return {
    provider,
    signIns,
    consents,
    backChannelLogouts,
    /** Serves a request under /oidc (the path keeps its prefix; oidc-provider sees the rest). */
    async handle(req: IncomingMessage & { originalUrl?: string }, res: ServerResponse): Promise<void> {
      req.originalUrl = req.url;
      req.url = req.url?.slice(oidcMountPath.length) || '/';
      await handle(req, res);
    },
  };
}

export type VhodProvider = ReturnType<typeof createVhodProvider>;
