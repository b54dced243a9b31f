import { queryRows, type Database } from '@vhod/db';
import { sql } from 'drizzle-orm';

/** The application_name the bench's API process gives its PostgreSQL connections (PGAPPNAME, read by postgres.js). */
export const benchApiApplicationName = 'vhod-bench-api';

/**
 * How many of the API's database connections are busy, sampled from pg_stat_activity every
 * `everyMs` (a connection inside a transaction counts as busy between its statements too: the
 * pool cannot hand it to anyone else). The mean over a window, times the window, is the
 * connection time the window's work held: Little's law then gives the connections a load needs.
 */
export function sampleBusyConnections(db: Database, everyMs = 20) {
  let samples = 0;
  let busySum = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const [row] = await queryRows<{ busy: number }>(
        db,
        sql`select count(*)::int as busy from pg_stat_activity where application_name = ${benchApiApplicationName} and state <> 'idle'`,
      );
      samples += 1;
      busySum += row?.busy ?? 0;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    /** Stops sampling; the mean number of busy connections over the samples. */
    async stop(): Promise<number> {
      stopped = true;
      await loop;
      return samples === 0 ? 0 : busySum / samples;
    },
  };
}
