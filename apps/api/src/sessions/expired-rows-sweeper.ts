import { accounts, loginFlows, onceAcrossInstances, sessions, type Database } from '@vhod/db';
import { and, eq, exists, isNotNull, lt } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import type { Logger } from '../logging/logger';
import { periodicJob } from '../jobs/periodic-job';
import { endClientSignIns } from '../oidc-provider/client-sign-ins';

/** Often enough that the tables stay small, rarely enough to cost nothing: a minute. */
export const sweepIntervalMs = 60_000;

/**
 * Deletes the sessions nobody came back to and the sign-ins abandoned at ESIA, once a minute on
 * one instance at a time, instead of on every sign-in. A login flow is kept one more lifetime past
 * its expiry, so a late callback is told it expired rather than that it never existed.
 *
 * It also ends the sessions of accounts disabled since they began: accounts are disabled in the
 * school system's data, not through Vhod, so no action of Vhod's can end those sessions at once.
 * Their clients are owed a back-channel logout, as after a sign-out. A session that merely timed
 * out owes none: a family reading the diary has not signed out because Vhod's own page idled.
 */
export function createExpiredRowsSweeper({
  db,
  clock,
  logger,
  loginFlowLifetimeMs,
}: {
  db: Database;
  clock: Clock;
  logger: Logger;
  loginFlowLifetimeMs: number;
}) {
  return periodicJob({
    name: 'expired-rows-sweep',
    intervalMs: sweepIntervalMs,
    logger,
    run: () =>
      onceAcrossInstances(db, 'vhod.expired-rows-sweep', async (tx) => {
        const now = clock.now();
        await tx.delete(sessions).where(lt(sessions.expiresAt, now));
        await tx.delete(loginFlows).where(lt(loginFlows.expiresAt, new Date(now.getTime() - loginFlowLifetimeMs)));
        const ofDisabledAccounts = await tx
          .delete(sessions)
          .where(
            exists(
              tx
                .select({ id: accounts.id })
                .from(accounts)
                .where(and(eq(accounts.id, sessions.accountId), isNotNull(accounts.disabledAt))),
            ),
          )
          .returning({ idHash: sessions.idHash });
        await endClientSignIns(
          tx,
          ofDisabledAccounts.map((session) => session.idHash),
          now,
        );
      }),
  });
}
