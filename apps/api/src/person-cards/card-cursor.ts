import { z } from 'zod';

const cursorSchema = z.tuple([z.string().max(400), z.guid()]);

/** Keyset position (name_key, id) in the card list, opaque to clients. */
export function encodeCardCursor(nameKey: string, id: string): string {
  return Buffer.from(JSON.stringify([nameKey, id])).toString('base64url');
}

export function decodeCardCursor(cursor: string): { nameKey: string; id: string } | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? { nameKey: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}
