import type { Database } from '@vhod/db';
import type { Clock } from '../clock/clock';
import { periodicJob } from '../jobs/periodic-job';
import type { Logger } from '../logging/logger';
import { refreshReadinessSnapshot, refreshStaleReadinessSnapshot } from './readiness-snapshot';

/**
 * Recounts the readiness snapshot on a timer beside the API server, on one instance at a time
 * (refreshReadinessSnapshot holds the recount's advisory lock): a tick skips while another instance
 * counts, and also when the snapshot is younger than half the interval (a restarted API, or an
 * instance that another has just beaten to it, does not count again). A failed pass is logged and
 * retried at the next tick: the dashboard keeps showing the previous numbers with their time.
 */
export function createReadinessRefresher({
  db,
  clock,
  intervalMs,
  recentDays,
  logger,
}: {
  db: Database;
  clock: Clock;
  logger: Logger;
  intervalMs: number;
  recentDays: number;
}) {
  return periodicJob({
    name: 'readiness-refresh',
    intervalMs,
    logger,
    run: (asked) =>
      asked
        ? refreshReadinessSnapshot(db, clock.now(), recentDays)
        : refreshStaleReadinessSnapshot(db, clock.now(), recentDays, intervalMs / 2),
  });
}
