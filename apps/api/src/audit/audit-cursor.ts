import { z } from 'zod';

// The database keeps microseconds; a JavaScript Date would round them off and skip or repeat
// entries written within the same millisecond, so the cursor carries the exact text.
const atPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const cursorSchema = z.tuple([z.string().regex(atPattern), z.number().int().positive()]);

/** Keyset position (at, id) in the audit log, opaque to clients. */
export function encodeAuditCursor(at: string, id: number): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

export function decodeAuditCursor(cursor: string): { at: string; id: number } | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? { at: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}
