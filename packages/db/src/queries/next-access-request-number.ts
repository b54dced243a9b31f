import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { accessRequestCounters } from '../schema/access-requests';

/**
 * The next sequence number of the year. The upsert takes the counter row's lock until the
 * caller's transaction ends, so concurrent submits get distinct, consecutive numbers, and a
 * rolled-back submit gives its number back.
 */
export async function nextAccessRequestSequence(tx: Database, year: number): Promise<number> {
  const [row] = await tx
    .insert(accessRequestCounters)
    .values({ year, lastNumber: 1 })
    .onConflictDoUpdate({ target: accessRequestCounters.year, set: { lastNumber: sql`${accessRequestCounters.lastNumber} + 1` } })
    .returning({ lastNumber: accessRequestCounters.lastNumber });
  return row!.lastNumber;
}
