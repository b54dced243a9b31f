import { emailOutbox, type Database } from '@vhod/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';

/** The message was handed over: mark it sent (even if the claim ran out meanwhile: it is true). */
export async function recordSent(db: Database, id: number, sentAt: Date): Promise<void> {
  await db
    .update(emailOutbox)
    .set({ sentAt, lockedUntil: null })
    .where(and(eq(emailOutbox.id, id), isNull(emailOutbox.sentAt)));
}

export interface FailureRecord {
  attempts: number;
  lastError: string;
  nextAttemptAt: Date;
}

/**
 * Records a failed attempt and releases the row, but only while this worker's claim still holds:
 * once the lease has passed another worker may own the row, and its state wins.
 */
export async function recordFailure(db: Database, id: number, leaseUntil: Date, failure: FailureRecord): Promise<void> {
  await db
    .update(emailOutbox)
    .set({ ...failure, lockedUntil: null })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.lockedUntil, leaseUntil), isNull(emailOutbox.sentAt)));
}

/** Gives unsent rows back at once (the worker is out of lease time) instead of waiting for the lease to end. */
export async function releaseClaim(db: Database, ids: number[], leaseUntil: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(emailOutbox)
    .set({ lockedUntil: null })
    .where(and(inArray(emailOutbox.id, ids), eq(emailOutbox.lockedUntil, leaseUntil)));
}
