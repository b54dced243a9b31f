import type { Database } from '@vhod/db';
import type { Clock } from '../clock/clock';
import { refreshReadinessSnapshot } from './readiness-snapshot';

/**
 * Recounts the readiness snapshot on a timer beside the API server. A failed pass is logged and
 * retried at the next tick: the dashboard keeps showing the previous numbers with their time.
 */
export function createReadinessRefresher({ db, clock, intervalMs, recentDays }: { db: Database; clock: Clock; intervalMs: number; recentDays: number }) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  function tick() {
    running = refreshReadinessSnapshot(db, clock.now(), recentDays).catch((error: unknown) => {
      console.error('readiness snapshot refresh failed', error);
    });
    return running;
  }

  return {
    start() {
      tick();
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    /** Recounts now, after any recount under way (tests and operators do not wait for the timer). */
    async runNow() {
      await running;
      await tick();
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
