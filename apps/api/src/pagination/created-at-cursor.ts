import { z } from 'zod';

const cursorSchema = z.tuple([z.iso.datetime(), z.uuid()]);

/** Keyset position (created_at, id) in a list newest first (the queue, API clients), opaque to clients. */
export function encodeCreatedAtCursor(createdAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');
}

export function decodeCreatedAtCursor(cursor: string): { createdAt: Date; id: string } | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? { createdAt: new Date(parsed.data[0]), id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}
