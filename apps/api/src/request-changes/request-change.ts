import type { Database } from '@vhod/db';
import { sql } from 'drizzle-orm';
import { z } from 'zod';

/** The PostgreSQL channel every API instance LISTENs on for changes of access requests. */
export const requestChangeChannel = 'vhod_access_request_changes';

/** What happened to a request, as staff screens are told. */
export const requestChangeKinds = ['submitted', 'taken', 'resolved', 'rejected', 'noted'] as const;
export type RequestChangeKind = (typeof requestChangeKinds)[number];

const requestChangeSchema = z.object({
  requestId: z.uuid(),
  organisationId: z.uuid(),
  kind: z.enum(requestChangeKinds),
});

/** Ids only: a NOTIFY payload may end up in PostgreSQL's logs, and every subscriber reads the request itself. */
export type RequestChange = z.infer<typeof requestChangeSchema>;

/**
 * Tells every API instance about a change, from inside the transaction that makes it: PostgreSQL delivers the
 * notification when the transaction commits, and never when it rolls back.
 */
export async function announceRequestChange(tx: Database, change: RequestChange): Promise<void> {
  await tx.execute(sql`select pg_notify(${requestChangeChannel}, ${JSON.stringify(change)})`);
}

/** A payload from the channel, or null when it is not one of ours (anyone with the database may NOTIFY). */
export function parseRequestChange(payload: string): RequestChange | null {
  try {
    const parsed = requestChangeSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
