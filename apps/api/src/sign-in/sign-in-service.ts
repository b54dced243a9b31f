import { DomainError, decideSignInOutcome, type EsiaPerson, type SignInRole, type AuditAction } from '@vhod/domain';
import { accounts, EsiaLinkConflictError, findActiveEsiaLink, linkEsiaSubject, writeAuditEntry, type Database } from '@vhod/db';
import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import type { AppKind, ClientMeta, Session, SessionState, SessionStore } from '../sessions/session-store';
import { hasDataTransferConsent, recordDataTransferConsent } from './consents';
import { findSignInCandidates } from './find-sign-in-candidates';
import { recordDataDrift } from './record-data-drift';

interface SignInServiceDeps {
  db: Database;
  clock: Clock;
  sessions: SessionStore;
  /** What we ask ESIA for; the consent record names exactly these. */
  esiaScopes: string[];
}

type AuditSubject = Pick<SessionState, 'esiaSubject' | 'personId' | 'accountId'>;

/**
 * Everything between "ESIA said who this is" and "signed in to one account":
 * matching, the first-sign-in consent, the organisation choice, and the automatic link.
 * Each step's writes (consent, link, session stage, audit) commit together or not at all.
 */
export function createSignInService({ db, clock, sessions, esiaScopes }: SignInServiceDeps) {
  async function audit(
    exec: Database,
    action: AuditAction,
    subject: AuditSubject,
    meta: ClientMeta,
    extra: { organisationId?: string | null; details?: Record<string, unknown> } = {},
  ) {
    await writeAuditEntry(exec, {
      action,
      actorKind: 'esia-user',
      esiaSubject: subject.esiaSubject,
      actorPersonId: subject.personId,
      actorAccountId: subject.accountId,
      organisationId: extra.organisationId ?? null,
      clientIp: meta.clientIp,
      details: extra.details ?? {},
    });
  }

  /**
   * After consent: link the subject if the match was automatic, then enter the account or ask
   * which. `linked`: the caller already found the subject's link (no second lookup).
   */
  async function proceed(tx: Database, session: Session, meta: ClientMeta, linked = false): Promise<Session> {
    const subject = session.esiaSubject!;
    if (!linked && !(await findActiveEsiaLink(tx, subject))) {
      try {
        await linkEsiaSubject(tx, { esiaSubject: subject, personId: session.personId!, method: 'automatic' });
        await audit(tx, 'esia.linked', session, meta, { details: { method: 'automatic' } });
      } catch (error) {
        if (!(error instanceof EsiaLinkConflictError)) throw error;
        await audit(tx, 'sign-in.link-conflict', session, meta, { details: { conflict: error.conflict } });
        return advance(tx, session, { stage: 'unmatched', matchReason: 'card-already-linked', candidateAccountIds: [], personId: null });
      }
    }
    if (session.candidateAccountIds.length === 1) return enter(tx, session, session.candidateAccountIds[0]!, meta);
    return advance(tx, session, { stage: 'choose-account' });
  }

  async function enter(tx: Database, session: Session, accountId: string, meta: ClientMeta): Promise<Session> {
    const organisationId = await markSignedIn(tx, accountId);
    const next = await advance(tx, session, { stage: 'active', accountId, esiaProfile: null, candidateAccountIds: [] });
    await audit(tx, 'sign-in.succeeded', next, meta, { organisationId });
    return next;
  }

  /**
   * A returning user (linked, consent given, one account) — most sign-ins of a running region:
   * the session is created active, the same row enter() would leave, without the pending stage.
   */
  async function enterAtOnce(
    tx: Database,
    state: SessionState,
    accountId: string,
    meta: ClientMeta,
  ): Promise<{ token: string; session: Session }> {
    const organisationId = await markSignedIn(tx, accountId);
    const created = await sessions.create({ ...state, stage: 'active', accountId, esiaProfile: null, candidateAccountIds: [] }, meta, tx);
    await audit(tx, 'sign-in.succeeded', created.session, meta, { organisationId });
    return created;
  }

  /** Records the sign-in on the account; returns its organisation for the audit entry. */
  async function markSignedIn(tx: Database, accountId: string): Promise<string | null> {
    const now = clock.now();
    const [account] = await tx
      .update(accounts)
      .set({ lastSignedInAt: now, lastEsiaSignInAt: now, previousEsiaSignInAt: sql`${accounts.lastEsiaSignInAt}` })
      .where(eq(accounts.id, accountId))
      .returning({ organisationId: accounts.organisationId });
    return account?.organisationId ?? null;
  }

  /** A session that already moved on (a double submit) rolls the whole step back. */
  async function advance(tx: Database, session: Session, patch: Partial<SessionState>): Promise<Session> {
    const next = await sessions.advance(session, patch, tx);
    if (!next) throw new DomainError('wrong-stage');
    return next;
  }

  return {
    /**
     * After a link made by hand (legacy login), the sign-in goes on as if the match had been
     * automatic: consent first if it was never given, then into that account.
     */
    async continueWithAccount(
      tx: Database,
      session: Session,
      account: { id: string; personId: string },
      meta: ClientMeta,
    ): Promise<Session> {
      const next = await advance(tx, session, {
        stage: 'consent',
        personId: account.personId,
        candidateAccountIds: [account.id],
        matchReason: null,
      });
      return (await hasDataTransferConsent(tx, session.esiaSubject!)) ? proceed(tx, next, meta) : next;
    },

    async afterEsia(
      person: EsiaPerson,
      signInRole: SignInRole,
      app: AppKind,
      meta: ClientMeta,
    ): Promise<{ token: string; session: Session }> {
      const {
        linkedPersonId,
        linkedCard,
        candidates,
        ambiguous,
        consented: consentRead,
      } = await findSignInCandidates(db, person, signInRole);
      const outcome = decideSignInOutcome({ person, linkedPersonId, candidates });
      const base: SessionState = {
        app,
        signInRole,
        signInMethod: 'esia',
        stage: 'unmatched',
        esiaSubject: person.subject,
        esiaProfile: person,
        matchReason: null,
        candidateAccountIds: [],
        accountId: null,
        personId: null,
      };
      return db.transaction(async (tx) => {
        if (outcome.kind === 'not-found') {
          const matchReason = ambiguous ? 'ambiguous-match' : outcome.reason;
          await audit(tx, 'sign-in.not-found', base, meta, { details: { reason: matchReason, signInRole } });
          return sessions.create({ ...base, matchReason }, meta, tx);
        }
        const found = outcome.kind === 'single' ? [outcome.account] : outcome.accounts;
        const state: SessionState = {
          ...base,
          stage: 'consent',
          personId: found[0]!.personId,
          candidateAccountIds: found.map((account) => account.accountId),
        };
        if (linkedCard) await recordDataDrift(tx, person, linkedCard, meta, clock.now());
        const consented = consentRead ?? (await hasDataTransferConsent(tx, person.subject));
        if (consented && linkedPersonId && found.length === 1) return enterAtOnce(tx, state, found[0]!.accountId, meta);
        const created = await sessions.create(state, meta, tx);
        if (!consented) return created;
        return { token: created.token, session: await proceed(tx, created.session, meta, linkedPersonId !== null) };
      });
    },

    async giveConsent(session: Session, meta: ClientMeta): Promise<Session> {
      if (session.stage !== 'consent') throw new DomainError('wrong-stage');
      return db.transaction(async (tx) => {
        await recordDataTransferConsent(tx, { esiaSubject: session.esiaSubject!, personId: session.personId, scopes: esiaScopes }, meta);
        await audit(tx, 'consent.given', session, meta, { details: { scopes: esiaScopes } });
        return proceed(tx, session, meta);
      });
    },

    async declineConsent(session: Session, token: string, meta: ClientMeta): Promise<void> {
      if (session.stage !== 'consent') throw new DomainError('wrong-stage');
      return db.transaction(async (tx) => {
        await audit(tx, 'consent.declined', session, meta);
        await sessions.destroy(token, tx);
      });
    },

    async chooseAccount(session: Session, accountId: string, meta: ClientMeta): Promise<Session> {
      if (session.stage !== 'choose-account') throw new DomainError('wrong-stage');
      if (!session.candidateAccountIds.includes(accountId)) throw new DomainError('account-not-available');
      return db.transaction((tx) => enter(tx, session, accountId, meta));
    },
  };
}

export type SignInService = ReturnType<typeof createSignInService>;
