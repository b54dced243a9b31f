import { emailOutbox, type Database, type OutboxEmail } from '@vhod/db';
import { and, asc, inArray, isNull, lt, lte, or } from 'drizzle-orm';

export interface ClaimOptions {
  now: Date;
  /** How long the claim holds unless renewed; after it, any worker may take the rows again. */
  leaseMs: number;
  batchSize: number;
  /** Rows that failed this many times are given up on and never claimed. */
  maxAttempts: number;
  /** Who claims (one random id per batch): written to claimed_by, checked by every later update of the batch. */
  claimant: string;
}

export interface ClaimedBatch {
  rows: OutboxEmail[];
  /** The locked_until value this claim wrote. */
  leaseUntil: Date;
}

/**
 * Claims up to batchSize due emails in one statement. FOR UPDATE SKIP LOCKED makes concurrent
 * workers take disjoint rows instead of waiting for each other, and rows another worker claimed
 * a moment ago are excluded by their fresh locked_until (PostgreSQL re-checks the condition on
 * the latest row version). A worker that dies leaves its rows locked only until the lease ends.
 */
export async function claimBatch(db: Database, { now, leaseMs, batchSize, maxAttempts, claimant }: ClaimOptions): Promise<ClaimedBatch> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(
      and(
        isNull(emailOutbox.sentAt),
        lt(emailOutbox.attempts, maxAttempts),
        lte(emailOutbox.nextAttemptAt, now),
        or(isNull(emailOutbox.lockedUntil), lt(emailOutbox.lockedUntil, now)),
      ),
    )
    .orderBy(asc(emailOutbox.id))
    .limit(batchSize)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(emailOutbox)
    .set({ lockedUntil: leaseUntil, claimedBy: claimant })
    .where(inArray(emailOutbox.id, due))
    .returning();
  rows.sort((a, b) => a.id - b.id);
  return { rows, leaseUntil };
}
