import { uuidSchema } from '@vhod/domain';
import { z } from 'zod';

/** A cursor the API did not hand out (forged, damaged, or another list's): the caller's mistake, whichever list it was. */
export class InvalidCursorError extends Error {
  constructor() {
    super('invalid cursor');
    this.name = 'InvalidCursorError';
  }
}

/**
 * The cursor codec of one keyset-paged list, typed by its key: the last row's key values in the
 * key's order, as JSON in base64url, opaque to clients. Decoding checks every value against its
 * schema, so what reaches SQL is what the key says it is; anything else is an InvalidCursorError.
 */
export function keysetCursor<Key extends Record<string, z.ZodType>>(key: Key) {
  const schema = z.strictObject(key);
  const fields = Object.keys(key);
  return {
    /** `row` may be the whole row: only the key's fields go into the cursor. */
    encode(row: z.output<typeof schema>): string {
      const values = Object.fromEntries(fields.map((field) => [field, (row as Record<string, unknown>)[field]]));
      const encoded = z.encode(schema, values as z.output<typeof schema>) as Record<string, unknown>;
      return Buffer.from(JSON.stringify(fields.map((field) => encoded[field]))).toString('base64url');
    },
    decode(cursor: string): z.output<typeof schema> {
      const parsed = schema.safeParse(keyOf(cursor, fields));
      if (!parsed.success) throw new InvalidCursorError();
      return parsed.data;
    },
  };
}

function keyOf(cursor: string, fields: string[]): Record<string, unknown> | null {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(values) && values.length === fields.length
      ? Object.fromEntries(fields.map((field, i) => [field, values[i]]))
      : null;
  } catch {
    return null;
  }
}

/** A moment in a cursor: ISO text in the cursor, a Date in the query. */
const moment = z.codec(z.iso.datetime(), z.date(), {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
});

/** Lists newest first by (created_at, id): the request queue, the API clients. */
export const createdAtCursor = keysetCursor({ createdAt: moment, id: uuidSchema });
