import { sql } from 'drizzle-orm';
import type { Database, DbTransaction } from '../database';
import { queryRows } from './query-rows';

/**
 * Runs `work` in a transaction that holds the advisory lock named `job`, or returns null at once
 * when another session (another API instance) holds it: a timer job every instance schedules then
 * runs on one of them at a time, and the others skip their turn instead of queueing behind it.
 * `ifBusy: 'wait'` queues behind the holder instead (someone asked for this very run). The lock is
 * the transaction's (pg_try_advisory_xact_lock), so it goes when the work commits or fails, also
 * when the instance dies mid-way. PGlite has a single session: it always gets the lock.
 */
export function onceAcrossInstances<T>(
  db: Database,
  job: string,
  work: (tx: DbTransaction) => Promise<T>,
  options: { ifBusy: 'wait' },
): Promise<T>;
export function onceAcrossInstances<T>(
  db: Database,
  job: string,
  work: (tx: DbTransaction) => Promise<T>,
  options?: { ifBusy?: 'skip' },
): Promise<T | null>;
export async function onceAcrossInstances<T>(
  db: Database,
  job: string,
  work: (tx: DbTransaction) => Promise<T>,
  { ifBusy = 'skip' }: { ifBusy?: 'skip' | 'wait' } = {},
): Promise<T | null> {
  return db.transaction(async (tx) => {
    if (ifBusy === 'wait') await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${job}))`);
    else {
      const [row] = await queryRows<{ locked: boolean }>(tx, sql`select pg_try_advisory_xact_lock(hashtext(${job})) as locked`);
      if (!row?.locked) return null;
    }
    return work(tx);
  });
}
