import { queryRows, type Database } from '@vhod/db';
import { sql, type SQLWrapper } from 'drizzle-orm';

/** The plan of `EXPLAIN (ANALYZE, BUFFERS)` of a statement, one string per plan line. */
export async function explainAnalyze(db: Database, statement: SQLWrapper): Promise<string[]> {
  const rows = await queryRows<Record<string, string>>(db, sql`explain (analyze, buffers) ${statement}`);
  return rows.map((row) => String(Object.values(row)[0]));
}
