import { DomainError, decideSignInOutcome, type EsiaPerson, type SignInRole } from '@vhod/domain';
import { accounts, EsiaLinkConflictError, findActiveEsiaLink, linkEsiaSubject, writeAuditEntry, type Database } from '@vhod/db';
import { eq, inArray } from 'drizzle-orm';
import type { AppKind, ClientMeta, Session, SessionState, SessionStore } from '../sessions/session-store';
import { hasDataTransferConsent, recordDataTransferConsent } from './consents';
import { findSignInCandidates } from './find-sign-in-candidates';

interface SignInServiceDeps {
  db: Database;
  sessions: SessionStore;
  /** What we ask ESIA for; the consent record names exactly these. */
  esiaScopes: string[];
}

/**
 * Everything between "ESIA said who this is" and "signed in to one account":
 * matching, the first-sign-in consent, the organisation choice, and the automatic link.
 */
export function createSignInService({ db, sessions, esiaScopes }: SignInServiceDeps) {
  async function audit(action: string, state: Pick<SessionState, 'esiaSubject' | 'personId' | 'accountId'>, meta: ClientMeta, extra: { organisationId?: string | null; details?: Record<string, unknown> } = {}) {
    await writeAuditEntry(db, {
      action,
      actorKind: 'esia-user',
      esiaSubject: state.esiaSubject,
      actorPersonId: state.personId,
      actorAccountId: state.accountId,
      organisationId: extra.organisationId ?? null,
      clientIp: meta.clientIp,
      details: extra.details ?? {},
    });
  }

  /** After consent: link the subject if the match was automatic, then enter the account or ask which. */
  async function proceed(session: Session, meta: ClientMeta): Promise<Session> {
    const subject = session.esiaSubject!;
    const personId = session.personId!;
    const existing = await findActiveEsiaLink(db, subject);
    if (!existing) {
      try {
        await linkEsiaSubject(db, { esiaSubject: subject, personId, method: 'automatic' });
        await audit('esia.linked', session, meta, { details: { method: 'automatic' } });
      } catch (error) {
        if (!(error instanceof EsiaLinkConflictError)) throw error;
        await audit('sign-in.link-conflict', session, meta, { details: { conflict: error.conflict } });
        return (await sessions.advance(session, { stage: 'unmatched', matchReason: 'card-already-linked', candidateAccountIds: [], personId: null }))!;
      }
    }
    if (session.candidateAccountIds.length === 1) return enter(session, session.candidateAccountIds[0]!, meta);
    return (await sessions.advance(session, { stage: 'choose-account' }))!;
  }

  async function enter(session: Session, accountId: string, meta: ClientMeta): Promise<Session> {
    const [account] = await db
      .update(accounts)
      .set({ lastSignedInAt: new Date() })
      .where(eq(accounts.id, accountId))
      .returning({ organisationId: accounts.organisationId });
    const next = await sessions.advance(session, { stage: 'active', accountId, esiaProfile: null, candidateAccountIds: [] });
    if (!next) throw new DomainError('wrong-stage');
    await audit('sign-in.succeeded', next, meta, { organisationId: account?.organisationId ?? null });
    return next;
  }

  return {
    async afterEsia(person: EsiaPerson, signInRole: SignInRole, app: AppKind, meta: ClientMeta): Promise<{ token: string; session: Session }> {
      const { linkedPersonId, candidates, ambiguous } = await findSignInCandidates(db, person, signInRole);
      const outcome = decideSignInOutcome({ person, linkedPersonId, candidates });
      const base: SessionState = {
        app,
        signInRole,
        stage: 'unmatched',
        esiaSubject: person.subject,
        esiaProfile: person,
        matchReason: null,
        candidateAccountIds: [],
        accountId: null,
        personId: null,
      };
      if (outcome.kind === 'not-found') {
        const matchReason = ambiguous ? 'ambiguous-match' : outcome.reason;
        const created = await sessions.create({ ...base, matchReason }, meta);
        await audit('sign-in.not-found', base, meta, { details: { reason: matchReason, signInRole } });
        return created;
      }
      const accountsFound = outcome.kind === 'single' ? [outcome.account] : outcome.accounts;
      const state: SessionState = {
        ...base,
        stage: 'consent',
        personId: accountsFound[0]!.personId,
        candidateAccountIds: accountsFound.map((a) => a.accountId),
      };
      if (await hasDataTransferConsent(db, person.subject)) {
        const created = await sessions.create(state, meta);
        return { token: created.token, session: await proceed(created.session, meta) };
      }
      return sessions.create(state, meta);
    },

    async giveConsent(session: Session, meta: ClientMeta): Promise<Session> {
      if (session.stage !== 'consent') throw new DomainError('wrong-stage');
      await recordDataTransferConsent(db, { esiaSubject: session.esiaSubject!, personId: session.personId, scopes: esiaScopes }, meta);
      await audit('consent.given', session, meta, { details: { scopes: esiaScopes } });
      return proceed(session, meta);
    },

    async declineConsent(session: Session, token: string, meta: ClientMeta): Promise<void> {
      if (session.stage !== 'consent') throw new DomainError('wrong-stage');
      await audit('consent.declined', session, meta);
      await sessions.destroy(token);
    },

    async chooseAccount(session: Session, accountId: string, meta: ClientMeta): Promise<Session> {
      if (session.stage !== 'choose-account') throw new DomainError('wrong-stage');
      if (!session.candidateAccountIds.includes(accountId)) throw new DomainError('account-not-available');
      return enter(session, accountId, meta);
    },

    async candidateAccounts(session: Session) {
      if (session.candidateAccountIds.length === 0) return [];
      return db.select().from(accounts).where(inArray(accounts.id, session.candidateAccountIds));
    },
  };
}

export type SignInService = ReturnType<typeof createSignInService>;
