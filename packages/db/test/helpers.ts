import type { SQL } from 'drizzle-orm';
import type { Database } from '../src/client';

/** Rows of a raw `db.execute()` on either driver (postgres.js: an array; PGlite: `{ rows }`). */
export async function queryRows<T extends Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  return (result as { rows: T[] }).rows;
}
