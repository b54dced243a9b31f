import { z } from 'zod';

// Identifiers are checked as the database's `uuid` type accepts them (8-4-4-4-12 hex digits, any
// version, any case), not as RFC 4122 v1-v8: a record imported with a hand-made id must still be found.
/** A record's ID; a malformed one fails with the form's stable code 'validation.uuid'. */
export const uuidSchema = z.guid({ error: 'validation.uuid' });

/** Whether a caller's ID can name a record at all: a malformed one finds nothing, without asking the database (which would refuse it). */
export function isUuid(value: string): boolean {
  return uuidSchema.safeParse(value).success;
}
