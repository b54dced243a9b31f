import { sql } from 'drizzle-orm';
import { openPostgres, type PostgresHandle, type PostgresOptions } from './open-postgres';

/** PostgreSQL could not be reached or refused us; the message is one line naming the server and the cause. */
export class DatabaseConnectError extends Error {
  constructor(
    readonly target: string,
    readonly reason: string,
  ) {
    super(`Cannot connect to PostgreSQL at ${target}: ${reason}`);
    this.name = 'DatabaseConnectError';
  }
}

/** Codes postgres.js and Node give a failed connection, in words an operator acts on. */
const reasons: Record<string, (connectTimeoutMs: number) => string> = {
  ECONNREFUSED: () => 'connection refused (is the server running, is the port right?)',
  CONNECT_TIMEOUT: (ms) => `no answer within ${ms / 1000} s (a firewall dropping packets, or a wrong host?)`,
  ETIMEDOUT: (ms) => `no answer within ${ms / 1000} s (a firewall dropping packets, or a wrong host?)`,
  ENOTFOUND: () => 'host name not found',
  EAI_AGAIN: () => 'host name could not be resolved (DNS)',
  EHOSTUNREACH: () => 'host unreachable',
  ENETUNREACH: () => 'network unreachable',
  ECONNRESET: () => 'the connection was closed before the server answered',
  '28P01': () => 'password authentication failed',
  '28000': () => 'the server refused this user or address (pg_hba.conf)',
  '3D000': () => 'the database does not exist',
  '57P03': () => 'the server is starting up or shutting down',
  '53300': () => 'the server has no free connection slots',
};

function reasonOf(error: unknown, connectTimeoutMs: number): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && reasons[code]) return `${reasons[code](connectTimeoutMs)} (${code})`;
    current = (current as { cause?: unknown }).cause;
  }
  // Unknown: the first line of the deepest message, which names no row data at connect time.
  const message = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
  return message.split('\n')[0] ?? 'unknown error';
}

/**
 * Opens a pool on `url` and proves it answers (`select 1`), or throws DatabaseConnectError with one
 * line naming host:port and the cause, within the connect timeout (5 s by default) and never
 * later than the answer timeout: what an entry point calls before anything else, so a wrong
 * address fails the start in seconds instead of hanging or surfacing as a failed migration.
 */
export async function connectOrExplain(url: string, options: PostgresOptions & { max?: number } = {}): Promise<PostgresHandle> {
  const handle = openPostgres(url, options.max, options);
  try {
    await handle.db.execute(sql`select 1`);
    return handle;
  } catch (error) {
    await handle.destroy();
    throw new DatabaseConnectError(handle.target, reasonOf(error, handle.connectTimeoutMs));
  }
}
