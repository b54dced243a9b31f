import type { Database } from '@vhod/db';
import type { Clock } from '../clock/clock';
import type { Logger } from '../logging/logger';
import { reportUnexpectedError } from '../logging/unexpected-error';
import { readinessSnapshotInfo, refreshReadinessSnapshot } from './readiness-snapshot';

/**
 * Recounts the readiness snapshot on a timer beside the API server. A region's recount is tens of
 * seconds of database work, so a tick skips it while the snapshot is younger than half the
 * interval: a restarted API, or a second instance that another has just beaten to it, does not
 * count again. A failed pass is logged and retried at the next tick: the dashboard keeps showing
 * the previous numbers with their time.
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
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  function recount(onlyWhenStale: boolean) {
    running = (async () => {
      const info = onlyWhenStale ? await readinessSnapshotInfo(db) : null;
      if (info && clock.now().getTime() - info.refreshedAt.getTime() < intervalMs / 2) return;
      await refreshReadinessSnapshot(db, clock.now(), recentDays);
    })().catch((error: unknown) => {
      reportUnexpectedError(logger, error, { task: 'readiness-refresh' });
    });
    return running;
  }
  const tick = () => recount(true);

  return {
    start() {
      // The first pass starts now; recount() logs its own failures, so nothing waits for it here.
      void tick();
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    /** Recounts now, after any recount under way (tests and operators do not wait for the timer). */
    async runNow() {
      await running;
      await recount(false);
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
