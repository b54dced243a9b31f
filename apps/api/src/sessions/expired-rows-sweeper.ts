import { loginFlows, onceAcrossInstances, sessions, type Database } from '@vhod/db';
import { lt } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import type { Logger } from '../logging/logger';
import { periodicJob } from '../jobs/periodic-job';

/** Often enough that the tables stay small, rarely enough to cost nothing: a minute. */
export const sweepIntervalMs = 60_000;

/**
 * Deletes the sessions nobody came back to and the sign-ins abandoned at ESIA, once a minute on
 * one instance at a time, instead of on every sign-in. A login flow is kept one more lifetime past
 * its expiry, so a late callback is told it expired rather than that it never existed.
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
      }),
  });
}
