import { PGlite } from '@electric-sql/pglite';
import type postgres from 'postgres';
import type { Database } from '../database';

/**
 * The driver under a drizzle database (drizzle keeps it as `$client`), for the little drizzle cannot do: LISTEN, and
 * libraries that bring their own SQL text. On PostgreSQL it is the pool as the API uses it (every wait bounded by the
 * answer watchdog).
 */
export type DriverClient = { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; client: postgres.Sql };

export function driverClientOf(db: Database): DriverClient {
  const client = (db as unknown as { $client?: unknown }).$client;
  if (client instanceof PGlite) return { kind: 'pglite', client };
  if (typeof (client as Partial<postgres.Sql> | undefined)?.unsafe === 'function')
    return { kind: 'postgres', client: client as postgres.Sql };
  throw new Error('driverClientOf: not a database opened by @vhod/db');
}

const int8Oid = 20;

export interface TextQueryResult {
  rows: Array<Record<string, unknown>>;
  rowCount: number;
}

/**
 * `query({ text, values })` over our database, the shape node-postgres' client has and libraries written for it call
 * (rate-limiter-flexible's PostgreSQL store). 64-bit integers come back as numbers on both drivers (PGlite would give
 * BigInt, which such libraries cannot subtract from Date.now()).
 */
export function textQueryClient(db: Database): { query(statement: { text: string; values?: unknown[] }): Promise<TextQueryResult> } {
  const driver = driverClientOf(db);
  return {
    async query({ text, values = [] }) {
      if (driver.kind === 'pglite') {
        const result = await driver.client.query<Record<string, unknown>>(text, values, { parsers: { [int8Oid]: Number } });
        return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
      }
      const rows = await driver.client.unsafe(text, values as postgres.ParameterOrJSON<never>[], { prepare: true });
      // postgres.js gives int8 as a string.
      const int8 = (rows.columns ?? []).filter((column) => column.type === int8Oid).map((column) => column.name);
      return {
        rows: rows.map((row) => {
          const copy: Record<string, unknown> = { ...row };
          for (const name of int8) if (typeof copy[name] === 'string') copy[name] = Number(copy[name]);
          return copy;
        }),
        rowCount: rows.count ?? rows.length,
      };
    },
  };
}
