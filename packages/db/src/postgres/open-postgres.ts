import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { queryLogger, schema, type Database, type DatabaseHandle, type QueryObserver } from '../database';
import { createAnswerWatchdog } from './answer-watchdog';

/**
 * How long a PostgreSQL pool waits, and for what. The defaults suit the API: a request's
 * statements take milliseconds, so a few seconds means the database is away and the caller is
 * better served by a fast 503. Work that runs longer (migrations, the readiness recount, bulk
 * seeding) opens its own pool with `longRunning`.
 */
export interface PostgresTimeouts {
  /** TCP connect, startup and authentication. Default: `connect_timeout` in the URL (seconds, as libpq), else 5 s (postgres.js alone: 30 s). */
  connectTimeoutMs?: number;
  /** Server side: a statement running longer is cancelled (SQLSTATE 57014). Default 5 s; 0: none. */
  statementTimeoutMs?: number;
  /** Server side: a session idle inside a transaction longer than this is ended. Default 15 s; 0: none. */
  idleInTransactionTimeoutMs?: number;
  /**
   * Client side: a caller waiting longer than this for the server (also when the server never saw
   * the query: dropped packets, a silent proxy) gets DatabaseNoAnswerError and the silent
   * connection is destroyed. Default statementTimeoutMs + 2 s; 0: none (as when statementTimeoutMs is 0).
   */
  answerTimeoutMs?: number;
  /** TCP keepalive probes start after a connection was idle this long. Default 10 s. */
  keepAliveMs?: number;
}

export interface PostgresOptions extends PostgresTimeouts, QueryObserver {
  /**
   * Whether the statements prepared with drizzle's `.prepare()` (the hot paths) go to the server as
   * named statements, parsed once per connection. Turn it off behind a pooler in transaction mode
   * that does not carry named statements between its server connections (PgBouncer before 1.21, or
   * without `max_prepared_statements`): the same statements then go unnamed. Default: the URL's
   * `prepare` parameter (`DATABASE_URL=…?prepare=false`, read by postgres.js), else on.
   */
  prepare?: boolean;
}

/** For migrations, recounts and seeding: no statement or answer deadline, but still a bounded connect. */
export const longRunning: PostgresTimeouts = { statementTimeoutMs: 0, idleInTransactionTimeoutMs: 0, answerTimeoutMs: 0 };

export const defaultPostgresTimeouts = {
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 5_000,
  idleInTransactionTimeoutMs: 15_000,
  keepAliveMs: 10_000,
} as const;

/** What a handle on PostgreSQL keeps besides drizzle: where it points (for messages and the migration session). */
export interface PostgresHandle extends DatabaseHandle {
  kind: 'postgres';
  /** `host:port` (or the Unix socket path) of the server, for messages: never the URL, which may hold a password. */
  target: string;
  url: string;
  /** The pool's connect timeout, for messages. */
  connectTimeoutMs: number;
  /** close() without waiting for queries under way (for a server that does not answer). */
  destroy(): Promise<void>;
}

/** A failed connection attempt waits this long before the next one: a refused server answers the next request at once. */
const reconnectDelaySeconds = 0.1;

/** Opens a postgres.js pool on `url` with the timeouts above (see PostgresTimeouts for the defaults). */
export function openPostgres(url: string, max = 10, options: PostgresOptions = {}): PostgresHandle {
  const connectTimeoutMs = options.connectTimeoutMs ?? connectTimeoutInUrl(url) ?? defaultPostgresTimeouts.connectTimeoutMs;
  const statementTimeoutMs = options.statementTimeoutMs ?? defaultPostgresTimeouts.statementTimeoutMs;
  const idleInTransactionTimeoutMs = options.idleInTransactionTimeoutMs ?? defaultPostgresTimeouts.idleInTransactionTimeoutMs;
  const answerTimeoutMs = options.answerTimeoutMs ?? (statementTimeoutMs > 0 ? statementTimeoutMs + 2_000 : 0);
  const watchdog = answerTimeoutMs > 0 ? createAnswerWatchdog(answerTimeoutMs) : undefined;

  const client = postgres(url, {
    max,
    onnotice: () => {},
    connect_timeout: connectTimeoutMs / 1000,
    keep_alive: (options.keepAliveMs ?? defaultPostgresTimeouts.keepAliveMs) / 1000,
    backoff: () => reconnectDelaySeconds,
    connection: {
      statement_timeout: statementTimeoutMs,
      idle_in_transaction_session_timeout: idleInTransactionTimeoutMs,
    },
    ...(options.prepare !== undefined && { prepare: options.prepare }),
    ...(watchdog && { socket: watchdog.socket }),
  } as postgres.Options<Record<string, never>>);
  const db: Database = drizzle({ client: watchdog ? watchdog.guard(client) : client, schema, logger: queryLogger(options) });
  const { host, port, path } = client.options as unknown as { host: string[]; port: number[]; path: string | false };
  let closed: Promise<void> | undefined;
  const end = (timeoutSeconds: number) =>
    (closed ??= client.end({ timeout: timeoutSeconds }).finally(() => {
      watchdog?.destroyAll();
    }));
  return {
    db,
    kind: 'postgres',
    url,
    target: path || host.map((h, i) => `${h}:${port[i]}`).join(','),
    connectTimeoutMs,
    close: () => end(5),
    destroy: () => end(0),
  };
}

/** libpq's `connect_timeout` (seconds) in the URL, which operators may already set in DATABASE_URL. */
function connectTimeoutInUrl(url: string): number | undefined {
  const seconds = Number(/[?&]connect_timeout=([^&]+)/.exec(url)?.[1]);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

export function isPostgresHandle(handle: DatabaseHandle): handle is PostgresHandle {
  return handle.kind === 'postgres' && typeof (handle as Partial<PostgresHandle>).url === 'string';
}
