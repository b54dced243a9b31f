import { isLegacySignInAllowed, type DeploymentPolicy, type SignInRole } from '@vhod/domain';
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
    async signIn(
      input: LegacyCredentialsInput,
      previousToken: string | undefined,
      meta: ClientMeta,
    ): Promise<{ token: string; session: Session }> {
      // A login the policy does not let in fails like a wrong password, unchecked: the answer must not confirm a staff password.
      const { account, person } = await credentials.verify(input, meta, (found) =>
        isLegacySignInAllowed({ policy, today: clock.today(), role: found.account.role, birthDate: found.person.birthDate }),
      );
      // The policy lets in parents and students only, so the account's role is the role signed in as.
      const signInRole = account.role as SignInRole;
      return db.transaction(async (tx) => {
        await sessions.destroy(previousToken, tx);
        await tx.update(accounts).set({ lastSignedInAt: clock.now() }).where(eq(accounts.id, account.id));
        const created = await sessions.create(
          {
            app: 'family',
            stage: 'active',
            signInRole,
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
