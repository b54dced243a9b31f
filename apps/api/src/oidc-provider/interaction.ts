import type { IncomingMessage, ServerResponse } from 'node:http';
import { accountForHint, accountRolesForSignIn, DomainError } from '@vhod/domain';
import { accounts, findAccountsOfPerson, oidcClients, writeAuditEntry, type Database, type OidcClient } from '@vhod/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { readCookie, sessionCookieName } from '../sessions/cookies';
import type { Session } from '../sessions/session-store';
import { clientMeta, redirect, type ApiServices } from '../server/http-types';
import { isHandOverSession } from './hand-over-session';
import { clientRequestRefusedPage, clientSignInPage } from './paths';

/** The scopes a client asks for that it is registered for (`openid` aside): what the consent screen lists. */
export function requestedScopes(scopeParam: unknown, client: Pick<OidcClient, 'scopes'>) {
  const asked = new Set(String(scopeParam ?? '').split(' '));
  return client.scopes.filter((scope) => asked.has(scope));
}

export async function activeClient(db: Database, clientId: string): Promise<OidcClient | null> {
  const [client] = await db
    .select()
    .from(oidcClients)
    .where(and(eq(oidcClients.clientId, clientId), isNull(oidcClients.revokedAt)));
  return client ?? null;
}

/**
 * GET /oidc/interaction/:uid — where oidc-provider sends a browser whose user Vhod must name. The
 * one decision point of the hand-over: without a usable Vhod session (none, still signing in, not
 * found) the family portal's /authorize/:uid page takes over and returns here when done; with one,
 * the account is settled (a `login_hint` may pick another of the person's accounts), consent is
 * checked for untrusted clients, and the provider gets the person and a grant. An unknown citizen
 * therefore never reaches the client: the portal keeps them on its not-found page.
 *
 * `/abort` — «Отказать» on the consent screen: the client gets access_denied.
 */
export async function handleInteraction(
  req: IncomingMessage,
  res: ServerResponse,
  services: ApiServices,
  uid: string,
  action: 'continue' | 'abort',
): Promise<void> {
  const { oidc, db, sessions, signIn } = services;
  const { provider } = oidc;
  let interaction: Awaited<ReturnType<typeof provider.interactionDetails>>;
  try {
    interaction = await provider.interactionDetails(req, res);
  } catch {
    return redirect(res, clientRequestRefusedPage);
  }
  if (interaction.uid !== uid) return redirect(res, clientRequestRefusedPage);
  const meta = clientMeta(req);
  const client = await activeClient(db, String(interaction.params.client_id));
  if (!client) return redirect(res, clientRequestRefusedPage);

  let session = await sessions.load(readCookie(req.headers.cookie, sessionCookieName));
  const hint = typeof interaction.params.login_hint === 'string' ? interaction.params.login_hint : undefined;

  if (action === 'abort') {
    await writeAuditEntry(db, {
      action: 'oidc.consent-declined',
      actorKind: session ? 'esia-user' : 'anonymous',
      esiaSubject: session?.esiaSubject ?? null,
      actorPersonId: session?.personId ?? null,
      actorAccountId: session?.accountId ?? null,
      targetKind: 'oidc-client',
      targetId: client.clientId,
      clientIp: meta.clientIp,
      details: {},
    });
    return provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'the user declined' },
      { mergeWithLastSubmission: false },
    );
  }

  // Found in several organisations, with a hint that names one of them: no need to ask.
  if (session?.app === 'family' && session.stage === 'choose-account' && hint) {
    const candidates = await db
      .select({ id: accounts.id, organisationId: accounts.organisationId })
      .from(accounts)
      .where(inArray(accounts.id, session.candidateAccountIds));
    const chosen = accountForHint(candidates, hint);
    // A second tab that chose meanwhile (wrong-stage): the portal's page shows where the session is now.
    if (chosen)
      session = await signIn.chooseAccount(session, chosen.id, meta).catch((error: unknown) => {
        if (error instanceof DomainError) return null;
        throw error;
      });
  }
  if (!isHandOverSession(session)) return redirect(res, clientSignInPage(uid));

  const accountId = await handedOverAccount(db, session, hint);
  const scopes = requestedScopes(interaction.params.scope, client);
  if (!client.trusted && !(await oidc.consents.covers(session.personId, client.clientId, scopes))) {
    return redirect(res, clientSignInPage(uid));
  }

  const grant = new provider.Grant({ accountId: session.personId, clientId: client.clientId });
  grant.addOIDCScope(['openid', ...scopes].join(' '));
  const grantId = await grant.save();
  await oidc.signIns.record({ grantId, clientId: client.clientId, personId: session.personId, accountId, sessionIdHash: session.idHash });
  await writeAuditEntry(db, {
    action: 'oidc.signed-in',
    actorKind: 'esia-user',
    esiaSubject: session.esiaSubject,
    actorPersonId: session.personId,
    actorAccountId: accountId,
    targetKind: 'oidc-client',
    targetId: client.clientId,
    clientIp: meta.clientIp,
    details: { client: client.name, scopes },
  });
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: session.personId }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

/**
 * The account the client receives: the session's, unless a hint names another of the person's
 * accounts that the same ESIA sign-in would have offered. A legacy login proves one account only.
 */
async function handedOverAccount(db: Database, session: Session & { personId: string; accountId: string }, hint: string | undefined) {
  if (!hint || session.signInMethod !== 'esia') return session.accountId;
  const offered = await findAccountsOfPerson(db, session.personId, accountRolesForSignIn(session.signInRole));
  const chosen = accountForHint(
    offered.map((account) => ({ id: account.accountId, organisationId: account.organisationId })),
    hint,
  );
  return chosen?.id ?? session.accountId;
}
