import type { Database } from '@vhod/db';
import { sql, type SQLWrapper } from 'drizzle-orm';

/** Rows of a raw statement: postgres.js returns an array, PGlite an object with `rows`. */
export async function queryRows<T extends Record<string, unknown>>(db: Database, query: SQLWrapper): Promise<T[]> {
  const result: unknown = await db.execute(query.getSQL());
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** The plan of `EXPLAIN (ANALYZE, BUFFERS)` of a statement, one string per plan line. */
export async function explainAnalyze(db: Database, statement: SQLWrapper): Promise<string[]> {
  const rows = await queryRows<Record<string, string>>(db, sql`explain (analyze, buffers) ${statement}`);
  return rows.map((row) => String(Object.values(row)[0]));
}
