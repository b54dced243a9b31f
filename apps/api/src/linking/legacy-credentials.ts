import { DomainError, defaultLockoutPolicy, evaluateLockout, minutesUntil, type LockoutPolicy, type LockoutVerdict } from '@vhod/domain';
import {
  accounts,
  hashLegacyPassword,
  legacySignInAttempts,
  persons,
  verifyLegacyPassword,
  writeAuditEntry,
  type Account,
  type Database,
  type Person,
} from '@vhod/db';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import type { ClientMeta } from '../sessions/session-store';

export interface LegacyCredentialsInput {
  organisationId: string;
  login: string;
  password: string;
}

export interface LegacyAccount {
  account: Account;
  person: Person;
}

/**
 * The legacy SGO login/password check shared by linking and legacy sign-in. Unknown logins,
 * wrong organisations, wrong passwords and logins the caller may not use fail alike, after the
 * same hashing work, so neither the message nor the timing tells whether a login exists or
 * whether its password was right.
 *
 * Each attempt is counted before its password is checked, under a database lock on the login
 * and on the client address, so parallel guesses (on any number of API instances sharing the
 * database) cannot all pass the limit before one of them is recorded. It is recorded as failed
 * and turned into a success only once the password matched.
 */
type Admission = Extract<LockoutVerdict, { locked: true }> | { locked: false; attemptId: number };

export function createLegacyCredentials(db: Database, clock: Clock, policy: LockoutPolicy = defaultLockoutPolicy) {
  let decoyHash: Promise<string> | undefined;
  /** Hashed once, when a login first has no real hash to check against (the check must take as long). */
  function decoy() {
    decoyHash ??= hashLegacyPassword('decoy password that matches nothing');
    return decoyHash;
  }

  async function failuresSince(
    tx: Database,
    column: typeof legacySignInAttempts.loginKey | typeof legacySignInAttempts.clientIp,
    value: string,
    since: Date,
  ) {
    const rows = await tx
      .select({ at: legacySignInAttempts.at })
      .from(legacySignInAttempts)
      .where(and(eq(column, value), eq(legacySignInAttempts.succeeded, false), gt(legacySignInAttempts.at, since)));
    return rows.map((row) => row.at);
  }

  /** Records the attempt unless the limits refuse it; the locks hold until the transaction ends. */
  function admit(loginKey: string, clientIp: string | null, now: Date): Promise<Admission> {
    return db.transaction(async (tx) => {
      // Always the login first, then the address: one order, so two attempts never wait on each other.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('vhod.legacy-login'), hashtext(${loginKey}))`);
      if (clientIp) await tx.execute(sql`select pg_advisory_xact_lock(hashtext('vhod.legacy-address'), hashtext(${clientIp}))`);
      const since = new Date(now.getTime() - policy.windowMs);
      const verdict = evaluateLockout({
        now,
        policy,
        loginFailures: await failuresSince(tx, legacySignInAttempts.loginKey, loginKey, since),
        addressFailures: clientIp ? await failuresSince(tx, legacySignInAttempts.clientIp, clientIp, since) : [],
      });
      if (verdict.locked) return verdict;
      const [attempt] = await tx
        .insert(legacySignInAttempts)
        .values({ loginKey, clientIp, succeeded: false, at: now })
        .returning({ id: legacySignInAttempts.id });
      return { locked: false, attemptId: attempt!.id };
    });
  }

  return {
    /**
     * The account behind the login once its password matched. `mayCheck` says, before the
     * password is checked, whether the caller may use this account's login at all; when not, the
     * attempt fails like a wrong password, without checking it.
     */
    async verify(input: LegacyCredentialsInput, meta: ClientMeta, mayCheck: (found: LegacyAccount) => boolean): Promise<LegacyAccount> {
      const now = clock.now();
      const loginKey = input.login.trim().toLowerCase();
      const admitted = await admit(loginKey, meta.clientIp, now);
      if (admitted.locked) {
        await writeAuditEntry(db, {
          action: 'legacy.locked',
          actorKind: 'anonymous',
          clientIp: meta.clientIp,
          details: { loginKey, scope: admitted.scope },
        });
        throw new DomainError('legacy-sign-in-locked', { retryInMinutes: minutesUntil(admitted.retryAt, now) });
      }

      const [found] = await db
        .select({ account: accounts, person: persons })
        .from(accounts)
        .innerJoin(persons, eq(persons.id, accounts.personId))
        .where(and(eq(accounts.legacyLogin, loginKey), eq(accounts.organisationId, input.organisationId), isNull(accounts.disabledAt)));
      const refused = found !== undefined && !mayCheck(found);
      const storedHash = (!refused && found?.account.legacyPasswordHash) || (await decoy());
      const passwordOk = await verifyLegacyPassword(input.password, storedHash);
      if (found && !refused && found.account.legacyPasswordHash && passwordOk) {
        await db.update(legacySignInAttempts).set({ succeeded: true }).where(eq(legacySignInAttempts.id, admitted.attemptId));
        return found;
      }

      await writeAuditEntry(db, {
        action: refused ? 'legacy.refused' : 'legacy.failed',
        actorKind: 'anonymous',
        clientIp: meta.clientIp,
        organisationId: input.organisationId,
        // Who the login belongs to, for staff reading the log; the password was never checked.
        ...(refused
          ? { targetKind: 'account', targetId: found.account.id, details: { loginKey, role: found.account.role } }
          : { details: { loginKey } }),
      });
      throw new DomainError('legacy-credentials-invalid');
    },
  };
}

export type LegacyCredentials = ReturnType<typeof createLegacyCredentials>;
