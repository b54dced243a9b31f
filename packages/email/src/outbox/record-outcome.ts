import { emailOutbox, type Database } from '@vhod/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';

/** The message was handed over: mark it sent (even if the claim ran out meanwhile: it is true). */
export async function recordSent(db: Database, id: number, sentAt: Date): Promise<void> {
  await db
    .update(emailOutbox)
    .set({ sentAt, lockedUntil: null, claimedBy: null })
    .where(and(eq(emailOutbox.id, id), isNull(emailOutbox.sentAt)));
}

export interface FailureRecord {
  attempts: number;
  lastError: string;
  nextAttemptAt: Date;
}

/** Rows of this claimant not sent yet: what it may still write to. Once another worker took a row, its state wins. */
function stillClaimedBy(claimant: string, ids: number[]) {
  return and(inArray(emailOutbox.id, ids), eq(emailOutbox.claimedBy, claimant), isNull(emailOutbox.sentAt));
}

/** Records a failed attempt and releases the row, while the claim is still this worker's. */
export async function recordFailure(db: Database, id: number, claimant: string, failure: FailureRecord): Promise<void> {
  await db
    .update(emailOutbox)
    .set({ ...failure, lockedUntil: null, claimedBy: null })
    .where(stillClaimedBy(claimant, [id]));
}

/**
 * Gives unsent rows back at once (the worker is stopping, or out of lease time) instead of leaving
 * them to the end of the lease. Attempts and next_attempt_at are left as they are: the row is due again now.
 */
export async function releaseClaim(db: Database, claimant: string, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.update(emailOutbox).set({ lockedUntil: null, claimedBy: null }).where(stillClaimedBy(claimant, ids));
}

/** The heartbeat: extends the claim on the rows the batch still holds. Returns how many it still holds. */
export async function renewClaim(db: Database, claimant: string, ids: number[], leaseUntil: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const renewed = await db
    .update(emailOutbox)
    .set({ lockedUntil: leaseUntil })
    .where(stillClaimedBy(claimant, ids))
    .returning({ id: emailOutbox.id });
  return renewed.length;
}
