import { DomainError, isLegacySignInAllowed, type DeploymentPolicy, type SignInRole } from '@vhod/domain';
import { accounts, writeAuditEntry, type Database } from '@vhod/db';
import { eq } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import type { LegacyCredentials, LegacyCredentialsInput } from '../linking/legacy-credentials';
import type { ClientMeta, Session, SessionStore } from '../sessions/session-store';

interface LegacySignInDeps {
  db: Database;
  clock: Clock;
  policy: DeploymentPolicy;
  credentials: LegacyCredentials;
  sessions: SessionStore;
}

/**
 * Sign-in with the school-issued login and password, for the family portal only and only
 * where the deployment still allows it (everyone before the cutoff; afterwards at most
 * students under 14). Staff always sign in through ESIA.
 */
export function createLegacySignIn({ db, clock, policy, credentials, sessions }: LegacySignInDeps) {
  return {
    async signIn(input: LegacyCredentialsInput, previousToken: string | undefined, meta: ClientMeta): Promise<{ token: string; session: Session }> {
      const { account, person } = await credentials.verify(input, meta);
      const familyRole: SignInRole | null = account.role === 'parent' || account.role === 'student' ? account.role : null;
      const allowed =
        familyRole !== null && isLegacySignInAllowed({ policy, today: clock.today(), role: account.role, birthDate: person.birthDate });
      if (!allowed) {
        await writeAuditEntry(db, {
          action: 'legacy.refused',
          actorKind: 'account',
          actorAccountId: account.id,
          actorPersonId: person.id,
          organisationId: account.organisationId,
          clientIp: meta.clientIp,
          details: { role: account.role },
        });
        throw new DomainError('legacy-sign-in-not-allowed');
      }
      return db.transaction(async (tx) => {
        await sessions.destroy(previousToken, tx);
        await tx.update(accounts).set({ lastSignedInAt: clock.now() }).where(eq(accounts.id, account.id));
        const created = await sessions.create(
          {
            app: 'family',
            stage: 'active',
            signInRole: familyRole,
            signInMethod: 'legacy',
            esiaSubject: null,
            esiaProfile: null,
            matchReason: null,
            candidateAccountIds: [],
            accountId: account.id,
            personId: person.id,
          },
          meta,
          tx,
        );
        await writeAuditEntry(tx, {
          action: 'sign-in.succeeded',
          actorKind: 'account',
          actorAccountId: account.id,
          actorPersonId: person.id,
          organisationId: account.organisationId,
          clientIp: meta.clientIp,
          details: { method: 'legacy' },
        });
        return created;
      });
    },
  };
}

export type LegacySignIn = ReturnType<typeof createLegacySignIn>;
