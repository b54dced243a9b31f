import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databaseUnavailableCode } from '../src/database-unavailable';
import { openPostgres, type PostgresHandle, type PostgresOptions } from '../src/postgres/open-postgres';
import { createServerTestDatabase, startTcpProxy, testDatabaseKind, type TcpProxy } from '../src/testing/index';
import { queryRows } from './helpers';

/** Short configured timeouts, so a fault test waits for a real timeout of a second at most. */
const short: PostgresOptions = { connectTimeoutMs: 1_000, statementTimeoutMs: 500, answerTimeoutMs: 1_000 };

/** How long a call took and how it failed (it must fail). */
async function failure(work: Promise<unknown>): Promise<{ ms: number; code: string | undefined; error: unknown }> {
  const started = performance.now();
  try {
    await work;
  } catch (error) {
    return { ms: performance.now() - started, code: databaseUnavailableCode(error), error };
  }
  throw new Error('expected the call to fail');
}

const selectOne = (handle: PostgresHandle) => handle.db.execute(sql`select 1 as one`);

/**
 * One turn of the event loop, so the 'close' of the connections the deadline destroyed is seen by
 * postgres.js: a query sent before it would be handed to a closing connection (and fail fast).
 */
const connectionsClosed = () => new Promise((resolve) => setTimeout(resolve, 0));

describe.skipIf(testDatabaseKind() !== 'postgres')('PostgreSQL away: bounded waits, recovery by itself', () => {
  let server: PostgresHandle;
  let proxy: TcpProxy;
  let pool: PostgresHandle | undefined;
  beforeAll(async () => {
    server = await createServerTestDatabase({ migrate: false });
    const { hostname, port } = new URL(server.url);
    proxy = await startTcpProxy({ host: hostname, port: Number(port) });
  });
  afterEach(async () => {
    await pool?.destroy();
    pool = undefined;
    await proxy.setMode('forward');
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.close();
  });

  function openThroughProxy(max = 4, options: PostgresOptions = short): PostgresHandle {
    pool = openPostgres(proxy.urlFor(server.url), max, options);
    return pool;
  }

  it('a refused server fails every query at once, not after a growing reconnect delay, and the pool recovers', async () => {
    const handle = openThroughProxy();
    await selectOne(handle);
    await proxy.setMode('refuse');
    for (let attempt = 1; attempt <= 12; attempt++) {
      const { ms, code } = await failure(selectOne(handle));
      expect(code).toMatch(/^(ECONNREFUSED|ECONNRESET|CONNECTION_CLOSED)$/);
      expect(ms).toBeLessThan(500);
    }
    await proxy.setMode('forward');
    expect(await selectOne(handle)).toHaveLength(1);
  });

  it('dropped packets: a query on an open connection fails within the answer timeout, and the pool recovers', async () => {
    const handle = openThroughProxy();
    await selectOne(handle);
    await proxy.setMode('blackhole');
    const { ms, code, error } = await failure(selectOne(handle));
    expect(code).toBe('ETIMEDOUT');
    expect(String((error as Error).cause)).toMatch(/did not answer within 1000 ms/);
    expect(ms).toBeLessThan(2_000);
    await proxy.setMode('forward');
    await connectionsClosed();
    expect(await selectOne(handle)).toHaveLength(1);
  });

  it('dropped packets under load: 30 queries on a 4-connection pool all fail within the bound', async () => {
    const handle = openThroughProxy(4);
    await Promise.all([1, 2, 3, 4].map(() => selectOne(handle)));
    await proxy.setMode('blackhole');
    const results = await Promise.all(Array.from({ length: 30 }, () => failure(selectOne(handle))));
    expect(new Set(results.map((result) => result.code))).toEqual(new Set(['ETIMEDOUT']));
    expect(Math.max(...results.map((result) => result.ms))).toBeLessThan(2_000);
    await proxy.setMode('forward');
    await connectionsClosed();
    expect(await Promise.all(Array.from({ length: 8 }, () => selectOne(handle)))).toHaveLength(8);
  });

  it('a transaction whose COMMIT is never answered fails within the answer timeout', async () => {
    const handle = openThroughProxy();
    const { ms, code } = await failure(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await proxy.setMode('blackhole');
      }),
    );
    expect(code).toBe('ETIMEDOUT');
    expect(ms).toBeLessThan(2_000);
    await proxy.setMode('forward');
    await connectionsClosed();
    expect(await selectOne(handle)).toHaveLength(1);
  });

  it('a new connection to a server that never answers fails within the connect timeout', async () => {
    await proxy.setMode('blackhole');
    const handle = openThroughProxy(4, { ...short, answerTimeoutMs: 5_000 });
    const { ms, code } = await failure(selectOne(handle));
    expect(code).toBe('CONNECT_TIMEOUT');
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(1_800);
  });

  it('sessions carry the statement and idle-in-transaction timeouts, and the server enforces the first', async () => {
    const handle = openThroughProxy(1, { ...short, idleInTransactionTimeoutMs: 700 });
    const [row] = await queryRows<{ statement: string; idle: string }>(
      handle.db,
      sql`select current_setting('statement_timeout') as statement, current_setting('idle_in_transaction_session_timeout') as idle`,
    );
    expect(row).toEqual({ statement: '500ms', idle: '700ms' });
    const { ms, code } = await failure(handle.db.execute(sql`select pg_sleep(3)`));
    expect(code).toBe('57014');
    expect(ms).toBeLessThan(1_000);
  });
});
