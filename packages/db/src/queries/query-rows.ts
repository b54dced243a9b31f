import type { SQLWrapper } from 'drizzle-orm';
import type { Database } from '../database';

/** Rows of a raw `db.execute()` on either driver (postgres.js: an array; PGlite: `{ rows }`). */
export async function queryRows<T extends Record<string, unknown>>(db: Database, query: SQLWrapper): Promise<T[]> {
  const result: unknown = await db.execute(query.getSQL());
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
