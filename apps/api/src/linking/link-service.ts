import {
  DomainError,
  accountRolesForSignIn,
  assessLink,
  hasOtherSignInWay,
  isSelfLinkAllowed,
  legacyLinkCheck,
  type DeploymentPolicy,
  type EsiaPerson,
} from '@vhod/domain';
import {
  EsiaLinkConflictError,
  accounts,
  esiaLinks,
  findActiveEsiaLink,
  linkEsiaSubject,
  persons,
  writeAuditEntry,
  type Database,
  type EsiaLinkMethod,
  type Person,
} from '@vhod/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import { linkCardOf } from '../person-cards/card-document';
import { endSessionsThroughLink, type ClientMeta, type Session, type SessionStore } from '../sessions/session-store';
import type { SignInService } from '../sign-in/sign-in-service';
import type { LegacyAccount, LegacyCredentials, LegacyCredentialsInput } from './legacy-credentials';
import { linkIdentityMismatch } from './link-guard-error';

interface LinkServiceDeps {
  db: Database;
  clock: Clock;
  policy: DeploymentPolicy;
  credentials: LegacyCredentials;
  sessions: SessionStore;
  signIn: SignInService;
}

/** Tying an ESIA account to a person card by hand, and untying it, for the family itself. */
export function createLinkService({ db, clock, policy, credentials, sessions, signIn }: LinkServiceDeps) {
  /**
   * Audits a refused link and returns the error to answer with. `quiet`: the answer must not show
   * that a legacy password was right, so it is the wrong-password one (the log keeps the reason).
   */
  async function refuse(session: Session, error: DomainError, meta: ClientMeta, targetPersonId: string | null, quiet = false) {
    await writeAuditEntry(db, {
      action: 'esia.link-refused',
      actorKind: 'esia-user',
      esiaSubject: session.esiaSubject,
      actorPersonId: session.personId,
      actorAccountId: session.accountId,
      targetKind: targetPersonId ? 'person' : null,
      targetId: targetPersonId,
      clientIp: meta.clientIp,
      details: { code: error.code, ...error.details },
    });
    return quiet ? new DomainError('legacy-credentials-invalid') : error;
  }

  /** Links inside the caller's transaction; a concurrent link of the same card or subject loses cleanly. */
  async function link(
    tx: Database,
    person: EsiaPerson,
    personId: string,
    method: EsiaLinkMethod,
    byAccountId: string | null,
    meta: ClientMeta,
  ) {
    try {
      await linkEsiaSubject(tx, { esiaSubject: person.subject, personId, method, linkedByAccountId: byAccountId });
    } catch (error) {
      if (!(error instanceof EsiaLinkConflictError)) throw error;
      throw new DomainError(error.conflict === 'person-linked' ? 'card-already-linked' : 'esia-already-linked');
    }
    await writeAuditEntry(tx, {
      action: 'esia.linked',
      actorKind: 'esia-user',
      esiaSubject: person.subject,
      actorPersonId: personId,
      actorAccountId: byAccountId,
      targetKind: 'person',
      targetId: personId,
      clientIp: meta.clientIp,
      details: { method },
    });
  }

  function assess(person: EsiaPerson, card: Person, role: Parameters<typeof assessLink>[0]['role']) {
    return assessLink({
      person,
      card: linkCardOf(card),
      role,
      today: clock.today(),
    });
  }

  async function runGuarded<T>(
    session: Session,
    meta: ClientMeta,
    targetPersonId: string | null,
    work: () => Promise<T>,
    quiet = false,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof DomainError && ['card-already-linked', 'esia-already-linked'].includes(error.code)) {
        throw await refuse(session, error, meta, targetPersonId, quiet);
      }
      throw error;
    }
  }

  return {
    /** From the not-found page: «Привязать учётную запись» with the legacy SGO login of the role chosen at sign-in. */
    async linkWithLegacyLogin(session: Session, input: LegacyCredentialsInput, meta: ClientMeta): Promise<Session> {
      if (session.stage !== 'unmatched' || !session.esiaProfile) throw new DomainError('wrong-stage');
      const today = clock.today();
      if (!isSelfLinkAllowed({ policy, today })) throw new DomainError('self-link-closed');
      const person = session.esiaProfile;
      const checkFor = ({ account, person: card }: LegacyAccount) =>
        legacyLinkCheck({ policy, today, signInRole: session.signInRole, role: account.role, birthDate: card.birthDate });
      const found = await credentials.verify(input, meta, (candidate) => checkFor(candidate) !== 'refuse');
      const { account, person: card } = found;
      const quiet = checkFor(found) === 'check-quietly';

      if (!accountRolesForSignIn(session.signInRole).includes(account.role)) {
        throw await refuse(
          session,
          new DomainError('link-role-mismatch', { accountRole: account.role, signInRole: session.signInRole }),
          meta,
          card.id,
          quiet,
        );
      }
      const assessment = assess(person, card, account.role);
      if (!assessment.selfLinkAllowed) throw await refuse(session, linkIdentityMismatch(assessment), meta, card.id, quiet);

      return runGuarded(
        session,
        meta,
        card.id,
        () =>
          db.transaction(async (tx) => {
            await link(tx, person, card.id, 'legacy_password', account.id, meta);
            return signIn.continueWithAccount(tx, session, account, meta);
          }),
        quiet,
      );
    },

    /** From personal settings: the ESIA account just signed in at the provider is tied to this session's card. */
    async linkFromSettings(session: Session, person: EsiaPerson, meta: ClientMeta): Promise<void> {
      if (session.stage !== 'active' || !session.personId || !session.accountId) throw new DomainError('not-signed-in');
      const [row] = await db
        .select({ card: persons, role: accounts.role })
        .from(accounts)
        .innerJoin(persons, eq(persons.id, accounts.personId))
        .where(eq(accounts.id, session.accountId));
      const existing = await findActiveEsiaLink(db, person.subject);
      if (existing?.personId === session.personId) return;
      const assessment = assess(person, row!.card, row!.role);
      if (!assessment.selfLinkAllowed) throw await refuse(session, linkIdentityMismatch(assessment), meta, session.personId);
      await runGuarded(session, meta, session.personId, () =>
        db.transaction(async (tx) => {
          await link(tx, person, session.personId!, 'settings', session.accountId, meta);
          await sessions.advance(session, { esiaSubject: person.subject }, tx);
        }),
      );
    },

    async unlink(session: Session, meta: ClientMeta): Promise<void> {
      if (session.stage !== 'active' || !session.personId) throw new DomainError('not-signed-in');
      await db.transaction(async (tx) => {
        const [unlinked] = await tx
          .update(esiaLinks)
          .set({ unlinkedAt: clock.now(), unlinkedByAccountId: session.accountId })
          .where(and(eq(esiaLinks.personId, session.personId!), isNull(esiaLinks.unlinkedAt)))
          .returning();
        if (!unlinked) throw new DomainError('not-linked');
        await endSessionsThroughLink(tx, { personId: session.personId!, esiaSubject: unlinked.esiaSubject }, clock.now(), session.idHash);
        await writeAuditEntry(tx, {
          action: 'esia.unlinked',
          actorKind: 'account',
          esiaSubject: unlinked.esiaSubject,
          actorPersonId: session.personId,
          actorAccountId: session.accountId,
          targetKind: 'person',
          targetId: session.personId,
          clientIp: meta.clientIp,
          details: { method: unlinked.method },
        });
      });
    },

    /** Whether this user could still get in after unlinking ESIA (shown as a warning before they do). */
    async canSignInWithoutEsia(session: Session): Promise<boolean> {
      if (!session.accountId) return false;
      const [row] = await db
        .select({ role: accounts.role, legacyLogin: accounts.legacyLogin, birthDate: persons.birthDate })
        .from(accounts)
        .innerJoin(persons, eq(persons.id, accounts.personId))
        .where(eq(accounts.id, session.accountId));
      if (!row) return false;
      return hasOtherSignInWay({
        policy,
        today: clock.today(),
        role: row.role,
        birthDate: row.birthDate,
        hasLegacyLogin: Boolean(row.legacyLogin),
      });
    },
  };
}

export type LinkService = ReturnType<typeof createLinkService>;
