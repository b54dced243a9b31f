import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Database } from '@vhod/db';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgColumn, PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import type { TableRows } from './region-model';

interface ColumnOfRow {
  key: string;
  column: PgColumn;
}

/** The columns the rows fill (all rows of a table carry the same properties). */
function columnsOf({ table, rows }: TableRows): ColumnOfRow[] {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  return Object.keys(rows[0] ?? {}).map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`${getTableName(table)} has no property ${key}`);
    return { key, column };
  });
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const NEEDS_ESCAPE = /[\\\t\n\r]/;

/**
 * COPY's text format for one column: tab-separated, \N for null. Non-text values go through the
 * column's own driver mapping (timestamps to ISO strings, jsonb to JSON, arrays to array
 * literals), so a row is stored exactly as drizzle would insert it; text goes as it is.
 */
function copyEncoder(column: PgColumn): (value: unknown) => string {
  const escapeText = (text: string) =>
    NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (character) => COPY_ESCAPES[character]!) : text;
  if (column.dataType === 'string') return (value) => (value === null || value === undefined ? '\\N' : escapeText(value as string));
  return (value) => {
    if (value === null || value === undefined) return '\\N';
    const mapped: unknown = column.mapToDriverValue(value);
    return escapeText(typeof mapped === 'string' ? mapped : String(mapped));
  };
}

const COPY_CHUNK_ROWS = 5_000;
// After the last row the server needs only to drain its socket buffer. postgres.js resolves the
// stream before the server can refuse a row and drops a later error (a unique violation, say,
// from another process writing to the same database), so waiting forever would hang the seed.
const COPY_COMPLETION_TIMEOUT_MS = 60_000;

/** Streams the rows into the table with COPY … FROM STDIN on `connection`. */
export async function copyRows(connection: postgres.ReservedSql, tableRows: TableRows): Promise<void> {
  if (tableRows.rows.length === 0) return;
  const columns = columnsOf(tableRows);
  const encoders = columns.map(({ key, column }) => ({ key, encode: copyEncoder(column) }));
  const target = `${quoteIdentifier(getTableName(tableRows.table))} (${columns.map(({ column }) => quoteIdentifier(column.name)).join(', ')})`;
  const stream = await connection.unsafe(`copy ${target} from stdin`).writable();
  const { rows } = tableRows;
  for (let start = 0; start < rows.length; start += COPY_CHUNK_ROWS) {
    let chunk = '';
    for (const row of rows.slice(start, start + COPY_CHUNK_ROWS)) {
      const record = row as Record<string, unknown>;
      chunk += `${encoders.map(({ key, encode }) => encode(record[key])).join('\t')}\n`;
    }
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  stream.end();
  try {
    await finished(stream, { signal: AbortSignal.timeout(COPY_COMPLETION_TIMEOUT_MS) });
  } catch (error) {
    throw new Error(
      `COPY into ${getTableName(tableRows.table)} did not complete: the server refused a row, or another process is writing to the database`,
      {
        cause: error,
      },
    );
  }
}

// PostgreSQL allows 65,535 bind parameters, but drizzle and PGlite get slower per row as the
// statement grows (persons on PGlite: ~1,200 rows/s at 60,000 parameters, ~4,000 at 4,000).
const PARAMETERS_PER_INSERT = 4_000;

/** Multi-row INSERTs through drizzle, for PGlite (which has no COPY FROM STDIN). */
export async function insertRows(db: Database, tableRows: TableRows): Promise<void> {
  if (tableRows.rows.length === 0) return;
  const batch = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / columnsOf(tableRows).length));
  for (let start = 0; start < tableRows.rows.length; start += batch) {
    await db.insert(tableRows.table).values(tableRows.rows.slice(start, start + batch) as PgInsertValue<PgTable>[]);
  }
}
