import net from 'node:net';
import type postgres from 'postgres';

/**
 * The database did not answer in time: the caller stopped waiting for its query or transaction.
 * `ETIMEDOUT`, as Node names a connection that timed out, so every classifier treats it as one.
 */
export class DatabaseNoAnswerError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseNoAnswerError';
  }
}

/** The server closed the connection before saying anything (a proxy in front of a stopped server does this). */
class ClosedBeforeAnswerError extends Error {
  readonly code = 'ECONNRESET';
  constructor(target: string) {
    super(`${target} closed the connection before answering`);
    this.name = 'ClosedBeforeAnswerError';
  }
}

interface WatchedSocket {
  target: string;
  bytesRead: number;
  heardAt: number;
}

interface Waiter {
  since: number;
  giveUp(error: Error): void;
}

/** What postgres.js hands a custom socket factory (its parsed options). */
interface SocketTarget {
  host: string[];
  port: number[];
  path?: string | false;
}

/**
 * A client-side deadline for postgres.js, which has none: `statement_timeout` is enforced by the
 * server, so it cannot help when the server never sees the query (packets dropped, a proxy that
 * accepts and forwards nothing, a host gone without a reset). postgres.js would then wait forever.
 *
 * Two halves:
 * - every operation drizzle starts (a query, BEGIN, COMMIT/ROLLBACK) is watched; a caller still
 *   waiting after `answerTimeoutMs` is answered with DatabaseNoAnswerError;
 * - the pool's sockets are ours (postgres.js's `socket` option) and their `bytesRead` is sampled.
 *   When an operation is overdue, every socket that has heard nothing from the server for the
 *   answer timeout is destroyed: postgres.js fails its queries and opens a fresh connection for
 *   the next ones, so the pool recovers by itself when the database is back. With
 *   `statement_timeout` below the answer timeout, a healthy server always says something within
 *   it, so a socket that silent is dead. TLS rides on these sockets, and `bytesRead` counts the
 *   encrypted bytes, which is all the deadline needs.
 *
 * A query given up on while it still waited for a free connection stays in postgres.js's queue
 * (cancelling it there is not safe in postgres.js 3.4.9) and may run later, as a query whose
 * answer was lost may have run; a transaction given up on before it began rolls back instead.
 */
export function createAnswerWatchdog(answerTimeoutMs: number) {
  const checkEveryMs = Math.max(25, Math.floor(answerTimeoutMs / 4));
  const sockets = new Map<net.Socket, WatchedSocket>();
  const waiters = new Set<Waiter>();
  let interval: NodeJS.Timeout | undefined;
  let lastCheck = 0;
  let nextHost = 0;

  function sample(now: number): void {
    for (const [socket, watched] of sockets) {
      if (socket.bytesRead !== watched.bytesRead) {
        watched.bytesRead = socket.bytesRead;
        watched.heardAt = now;
      }
    }
  }

  function check(): void {
    const now = performance.now();
    // A late tick means this process was busy (not listening), not that the server was silent.
    const late = now - lastCheck > 2 * checkEveryMs;
    lastCheck = now;
    sample(now);
    if (late) return;
    let overdue = false;
    for (const waiter of waiters) {
      if (now - waiter.since < answerTimeoutMs) continue;
      overdue = true;
      waiters.delete(waiter);
      waiter.giveUp(new DatabaseNoAnswerError(`the database did not answer within ${answerTimeoutMs} ms`));
    }
    if (overdue) {
      // Destroyed without an error on purpose: postgres.js then fails every query the connection
      // holds (CONNECTION_CLOSED), also those handed to it between now and its 'close' event; with
      // an error it forgets those (3.4.9), and only their callers' deadline would end their wait.
      for (const [socket, watched] of sockets) if (now - watched.heardAt >= answerTimeoutMs) socket.destroy();
    }
    if (waiters.size === 0) {
      clearInterval(interval);
      interval = undefined;
    }
  }

  /** Watches one operation; returns what to call when it has settled. */
  function watch(giveUp: (error: Error) => void): () => void {
    const now = performance.now();
    if (!interval) {
      sample(now);
      lastCheck = now;
      interval = setInterval(check, checkEveryMs);
      interval.unref();
    }
    const waiter: Waiter = { since: now, giveUp };
    waiters.add(waiter);
    return () => waiters.delete(waiter);
  }

  /** The caller's view of a postgres.js query: the query itself, except that waiting for it is bounded. */
  function bounded<Q extends PromiseLike<unknown>>(query: Q): Q {
    const settle = query.then.bind(query);
    let answer: Promise<unknown> | undefined;
    const waitForAnswer = () =>
      (answer ??= new Promise((resolve, reject) => {
        const settled = watch(reject);
        passOn(new Promise(settle), settled, resolve, reject);
      }));
    // `await`, catch() and finally() all go through then(): drizzle gets the bounded answer.
    void Object.defineProperty(query, 'then', {
      value: (onFulfilled?: (value: unknown) => unknown, onRejected?: (reason: unknown) => unknown) =>
        waitForAnswer().then(onFulfilled, onRejected),
    });
    return query;
  }

  /**
   * begin() or savepoint(): waiting for the transaction to start (BEGIN, or a free connection) and
   * for it to end (COMMIT or ROLLBACK) is bounded; the statements inside are watched one by one.
   */
  function boundedTransaction<T>(start: (body: (tx: postgres.TransactionSql) => Promise<T>) => Promise<T>, body: (tx: postgres.Sql) => T) {
    return new Promise<T>((resolve, reject) => {
      let gaveUp = false;
      const giveUp = (error: Error) => {
        gaveUp = true;
        reject(error);
      };
      let settled = watch(giveUp);
      const started = start(async (tx) => {
        settled();
        // The caller stopped waiting before the transaction began: roll it back, run nothing.
        if (gaveUp) throw new DatabaseNoAnswerError('the transaction began after its caller had given up');
        try {
          return await body(guard(tx as unknown as postgres.Sql));
        } finally {
          settled = watch(giveUp);
        }
      });
      passOn(started, () => settled(), resolve, reject);
    });
  }

  /** The postgres.js client as drizzle should see it: queries and transactions bounded. */
  function guard<S extends postgres.Sql>(sql: S): S {
    return new Proxy(sql, {
      get(target, property, receiver) {
        if (property === 'unsafe') {
          return (query: string, parameters?: postgres.ParameterOrJSON<never>[], queryOptions?: postgres.UnsafeQueryOptions) =>
            bounded(target.unsafe(query, parameters, queryOptions));
        }
        if (property === 'begin' || property === 'savepoint') {
          return (...args: unknown[]) => {
            const body = args.pop() as (tx: postgres.Sql) => unknown;
            const start = (target as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[property]!.bind(target);
            return boundedTransaction((wrapped) => start(...args, wrapped), body);
          };
        }
        return Reflect.get(target, property, receiver);
      },
    });
  }

  /** postgres.js's `socket` option: a TCP (or Unix socket) connection this watchdog can see and destroy. */
  function socket({ host, port, path }: SocketTarget): net.Socket {
    const index = nextHost++ % host.length;
    const target = path || `${host[index]}:${port[index]}`;
    const connection = path ? net.connect(path) : net.connect(port[index]!, host[index]);
    // postgres.js names host and port in its errors and uses the host for TLS SNI.
    Object.assign(connection, { host: host[index], port: port[index] });
    sockets.set(connection, { target, bytesRead: 0, heardAt: performance.now() });
    connection.once('close', () => sockets.delete(connection));
    // A clean close before any answer would make postgres.js reconnect forever without failing the
    // query that opened the connection; as an error it fails that query like a refused connection.
    connection.once('end', () => {
      if (connection.bytesRead === 0) connection.destroy(new ClosedBeforeAnswerError(target));
    });
    return connection;
  }

  return {
    guard,
    socket,
    /** Ends every socket at once (after the pool's own end() gave up on a server that does not answer). */
    destroyAll(): void {
      for (const connection of sockets.keys()) connection.destroy();
    },
  };
}

export type AnswerWatchdog = ReturnType<typeof createAnswerWatchdog>;

/** Hands `work`'s outcome to a caller's promise once the watchdog has stopped watching it. */
function passOn<T>(work: PromiseLike<T>, settled: () => void, resolve: (value: T) => void, reject: (error: unknown) => void): void {
  work.then(
    (value) => {
      settled();
      resolve(value);
    },
    (error: unknown) => {
      settled();
      reject(error);
    },
  );
}
