import { DomainError, defaultLockoutPolicy, evaluateLockout, minutesUntil, type LockoutPolicy } from '@vhod/domain';
import { accounts, hashLegacyPassword, legacySignInAttempts, persons, verifyLegacyPassword, writeAuditEntry, type Database } from '@vhod/db';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import type { ClientMeta } from '../sessions/session-store';

export interface LegacyCredentialsInput {
  organisationId: string;
  login: string;
  password: string;
}

/**
 * The legacy SGO login/password check shared by linking and legacy sign-in. Unknown logins,
 * wrong organisations and wrong passwords fail alike, after the same hashing work, so neither
 * the message nor the timing tells whether a login exists.
 */
export function createLegacyCredentials(db: Database, clock: Clock, policy: LockoutPolicy = defaultLockoutPolicy) {
  let decoyHash: Promise<string> | undefined;

  async function failuresSince(column: typeof legacySignInAttempts.loginKey | typeof legacySignInAttempts.clientIp, value: string, since: Date) {
    const rows = await db
      .select({ at: legacySignInAttempts.at })
      .from(legacySignInAttempts)
      .where(and(eq(column, value), eq(legacySignInAttempts.succeeded, false), gt(legacySignInAttempts.at, since)));
    return rows.map((row) => row.at);
  }

  return {
    async verify(input: LegacyCredentialsInput, meta: ClientMeta) {
      const now = clock.now();
      const loginKey = input.login.trim().toLowerCase();
      const since = new Date(now.getTime() - policy.windowMs);
      const verdict = evaluateLockout({
        now,
        policy,
        loginFailures: await failuresSince(legacySignInAttempts.loginKey, loginKey, since),
        addressFailures: meta.clientIp ? await failuresSince(legacySignInAttempts.clientIp, meta.clientIp, since) : [],
      });
      if (verdict.locked) {
        await writeAuditEntry(db, {
          action: 'legacy.locked',
          actorKind: 'anonymous',
          clientIp: meta.clientIp,
          details: { loginKey, scope: verdict.scope },
        });
        throw new DomainError('legacy-sign-in-locked', { retryInMinutes: minutesUntil(verdict.retryAt, now) });
      }

      const [row] = await db
        .select({ account: accounts, person: persons })
        .from(accounts)
        .innerJoin(persons, eq(persons.id, accounts.personId))
        .where(and(eq(accounts.legacyLogin, loginKey), eq(accounts.organisationId, input.organisationId), isNull(accounts.disabledAt)));
      decoyHash ??= hashLegacyPassword('decoy password that matches nothing');
      const storedHash = row?.account.legacyPasswordHash ?? (await decoyHash);
      const passwordOk = await verifyLegacyPassword(input.password, storedHash);
      const succeeded = Boolean(row?.account.legacyPasswordHash) && passwordOk;

      await db.insert(legacySignInAttempts).values({ loginKey, clientIp: meta.clientIp, succeeded, at: now });
      if (!succeeded || !row) {
        await writeAuditEntry(db, {
          action: 'legacy.failed',
          actorKind: 'anonymous',
          clientIp: meta.clientIp,
          organisationId: input.organisationId,
          details: { loginKey },
        });
        throw new DomainError('legacy-credentials-invalid');
      }
      return row;
    },
  };
}

export type LegacyCredentials = ReturnType<typeof createLegacyCredentials>;
