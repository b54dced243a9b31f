import postgres from 'postgres';
import type { Database } from '../database';
import { driverClientOf } from './driver-client';

export interface NotificationHandlers {
  /** Each notification's payload, in commit order. */
  onNotification(payload: string): void;
  /**
   * LISTEN is in force: once at the start, then after every reconnection. Whatever was notified while the connection
   * was down is lost, so a caller tells its consumers to reload here.
   */
  onListening(): void;
  /** A lost connection or a failed attempt, for the log (the listener retries by itself). */
  onError?(error: unknown): void;
}

export interface NotificationListenerOptions {
  /** Waits before each reconnection attempt; the last one repeats. Default 0.1 s doubling to 5 s. */
  retryDelaysMs?: readonly number[];
  /**
   * PostgreSQL: how often the listening connection proves it is alive with a query, and how long it may take. TCP
   * would take minutes to notice a peer that vanished without a reset; this takes seconds.
   */
  heartbeat?: { everyMs: number; timeoutMs: number };
}

export interface NotificationListener {
  close(): Promise<void>;
}

const defaultRetryDelaysMs = [100, 200, 400, 800, 1_600, 3_200, 5_000];
const defaultHeartbeat = { everyMs: 15_000, timeoutMs: 5_000 };

/**
 * LISTENs on `channel` of the database under `db`. PostgreSQL: a connection of its own beside the pool (a LISTEN
 * belongs to one session), opened again with bounded backoff whenever it is lost. PGlite: its in-process listener,
 * which cannot be lost. A NOTIFY (`pg_notify`) sent inside a transaction arrives when that transaction commits, never
 * when it rolls back.
 */
export async function listenForNotifications(
  db: Database,
  channel: string,
  handlers: NotificationHandlers,
  options: NotificationListenerOptions = {},
): Promise<NotificationListener> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`listenForNotifications: ${channel} is not a plain channel name`);
  const driver = driverClientOf(db);
  if (driver.kind === 'pglite') {
    const unlisten = await driver.client.listen(channel, (payload) => handlers.onNotification(payload));
    handlers.onListening();
    return { close: () => (driver.client.closed ? Promise.resolve() : unlisten()) };
  }
  return listenOnPostgres(driver.client, channel, handlers, options);
}

async function listenOnPostgres(
  pool: postgres.Sql,
  channel: string,
  handlers: NotificationHandlers,
  { retryDelaysMs = defaultRetryDelaysMs, heartbeat = defaultHeartbeat }: NotificationListenerOptions,
): Promise<NotificationListener> {
  let closed = false;
  /** The connection in use (or being opened); a lost one is ended and replaced by a new client. */
  let current: postgres.Sql | null = null;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let heartbeatTimer: NodeJS.Timeout | undefined;
  let firstAttempt: ((error?: unknown) => void) | undefined;

  function open(): void {
    if (closed) return;
    // The pool's own settings (address, credentials, TLS, timeouts), for one connection that never idles out. Not the
    // pool's socket factory: the answer watchdog would take a quiet LISTEN for a dead one. Named in pg_stat_activity
    // after the pool (an operator's application_name, e.g. one per instance) with " listen" added.
    const options = pool.options as unknown as postgres.Options<Record<string, never>> & { connection: Record<string, unknown> };
    const connection: postgres.Sql = postgres({
      ...options,
      connection: { ...options.connection, application_name: `${String(options.connection.application_name ?? 'postgres.js')} listen` },
      max: 1,
      idle_timeout: 0,
      max_lifetime: null,
      fetch_types: false,
      socket: undefined,
      onnotify: (name: string, payload: string) => {
        if (name === channel && current === connection) handlers.onNotification(payload);
      },
      onclose: () => lost(connection, new Error('the listening connection closed')),
    } as postgres.Options<Record<string, never>>);
    current = connection;
    connection.unsafe(`listen "${channel}"`).then(
      () => {
        if (current !== connection) return;
        failures = 0;
        scheduleHeartbeat(connection);
        handlers.onListening();
        firstAttempt?.();
      },
      (error: unknown) => lost(connection, error),
    );
  }

  /** The connection failed or was lost: end it, and try a new one after the next delay. */
  function lost(connection: postgres.Sql, error: unknown): void {
    if (closed || current !== connection) return;
    current = null;
    clearTimeout(heartbeatTimer);
    void connection.end({ timeout: 0 });
    handlers.onError?.(error);
    if (firstAttempt) {
      // The first attempt's failure is the caller's to see (a wrong address fails at once, not in silence).
      firstAttempt(error);
      return;
    }
    const delay = retryDelaysMs[Math.min(failures, retryDelaysMs.length - 1)] ?? 1_000;
    failures += 1;
    retryTimer = setTimeout(open, delay);
    retryTimer.unref();
  }

  function scheduleHeartbeat(connection: postgres.Sql): void {
    heartbeatTimer = setTimeout(() => {
      let answered = false;
      const deadline = setTimeout(() => {
        if (!answered) lost(connection, new Error(`the listening connection did not answer within ${heartbeat.timeoutMs} ms`));
      }, heartbeat.timeoutMs);
      deadline.unref();
      connection.unsafe('select 1').then(
        () => {
          answered = true;
          clearTimeout(deadline);
          if (current === connection) scheduleHeartbeat(connection);
        },
        (error: unknown) => {
          answered = true;
          clearTimeout(deadline);
          lost(connection, error);
        },
      );
    }, heartbeat.everyMs);
    heartbeatTimer.unref();
  }

  await new Promise<void>((done, fail) => {
    firstAttempt = (error) => {
      firstAttempt = undefined;
      if (error === undefined) done();
      else {
        closed = true;
        fail(error);
      }
    };
    open();
  });

  return {
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      clearTimeout(heartbeatTimer);
      const connection = current;
      current = null;
      await connection?.end({ timeout: 1 });
    },
  };
}
