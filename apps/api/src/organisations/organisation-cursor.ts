import { z } from 'zod';

const cursorSchema = z.tuple([z.string(), z.uuid()]);

/** Keyset position (name, id) in the organisation directory, opaque to clients. */
export function encodeOrganisationCursor(name: string, id: string): string {
  return Buffer.from(JSON.stringify([name, id])).toString('base64url');
}

export function decodeOrganisationCursor(cursor: string): { name: string; id: string } | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? { name: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}
