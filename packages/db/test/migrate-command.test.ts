import { execFile } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertMigrationsCurrent, migrationStatus, MigrationsPendingError } from '../src/migrations';
import { connectOrExplain, DatabaseConnectError } from '../src/postgres/connect-or-explain';
import { createServerTestDatabase, createTestDatabase, startTcpProxy, testDatabaseKind, type TcpProxy } from '../src/testing/index';
import type { DatabaseHandle } from '../src/database';
import type { PostgresHandle } from '../src/postgres/open-postgres';
import { queryRows } from './helpers';
import migrationJournal from '../migrations/meta/_journal.json' with { type: 'json' };

const allMigrations = migrationJournal.entries.map((entry) => entry.tag);
const packageDir = fileURLToPath(new URL('..', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `pnpm db:migrate` as an operator runs it: its own process, DATABASE_URL in the environment. */
function migrateInChildProcess(databaseUrl: string): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      'node_modules/.bin/tsx',
      ['src/bin/migrate.ts'],
      { cwd: packageDir, env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 30_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number(error.code ?? 1) : 0,
          stdout: stdout.trim(),
          stderr: stderr.trim(),
          ms: performance.now() - started,
        }),
    );
  });
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

describe('migration status', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('a current database has nothing pending; one behind names what it lacks and the command to run', async () => {
    expect(await migrationStatus(handle)).toEqual({ pending: [] });
    await assertMigrationsCurrent(handle);

    // As if this code were one migration ahead of the database.
    await handle.db.execute(sql`delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations)`);
    const last = allMigrations.at(-1)!;
    expect(await migrationStatus(handle)).toEqual({ pending: [last] });
    const refusal = await assertMigrationsCurrent(handle).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(MigrationsPendingError);
    expect((refusal as Error).message).toContain(last);
    expect((refusal as Error).message).toContain('pnpm db:migrate');
  });
});

describe.skipIf(testDatabaseKind() !== 'postgres')('pnpm db:migrate', () => {
  it('two migrators starting together on a fresh database migrate it once; each says what it did', async () => {
    const fresh = await createServerTestDatabase({ migrate: false });
    try {
      expect(await migrationStatus(fresh)).toEqual({ pending: allMigrations });
      const runs = await Promise.all([migrateInChildProcess(fresh.url), migrateInChildProcess(fresh.url)]);

      expect(runs.map((run) => [run.code, run.stderr])).toEqual([
        [0, ''],
        [0, ''],
      ]);
      const outputs = runs.map((run) => run.stdout).sort();
      expect(outputs).toEqual([allMigrations.map((name) => `Applied ${name}`).join('\n'), `Database at ${fresh.target} is up to date.`]);
      const [row] = await queryRows<{ n: string }>(fresh.db, sql`select count(*) as n from drizzle.__drizzle_migrations`);
      expect(Number(row?.n)).toBe(allMigrations.length);
      expect(await migrationStatus(fresh)).toEqual({ pending: [] });
    } finally {
      await fresh.close();
    }
  });

  it('a wrong port: one line naming host:port and the refusal, exit code 1', async () => {
    const port = await closedPort();
    const run = await migrateInChildProcess(`postgres://postgres@127.0.0.1:${port}/vhod`);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `Cannot connect to PostgreSQL at 127.0.0.1:${port}: connection refused (is the server running, is the port right?) (ECONNREFUSED)`,
    );
  });
});

describe.skipIf(testDatabaseKind() !== 'postgres')('connectOrExplain: an unreachable server fails the start in bounded time', () => {
  let server: PostgresHandle;
  let silent: TcpProxy;
  beforeAll(async () => {
    server = await createServerTestDatabase({ migrate: false });
    const { hostname, port } = new URL(server.url);
    silent = await startTcpProxy({ host: hostname, port: Number(port) });
    await silent.setMode('blackhole');
  });
  afterAll(async () => {
    await silent?.close();
    await server?.close();
  });

  it('answers with a handle that works when the server is there', async () => {
    const handle = await connectOrExplain(server.url);
    try {
      expect(await queryRows<{ one: number }>(handle.db, sql`select 1 as one`)).toEqual([{ one: 1 }]);
    } finally {
      await handle.close();
    }
  });

  it('a wrong port is refused at once, with host:port and the cause in one line', async () => {
    const port = await closedPort();
    const started = performance.now();
    const error = await connectOrExplain(`postgres://postgres@127.0.0.1:${port}/vhod`).catch((failure: unknown) => failure);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(error).toBeInstanceOf(DatabaseConnectError);
    expect((error as Error).message).toBe(
      `Cannot connect to PostgreSQL at 127.0.0.1:${port}: connection refused (is the server running, is the port right?) (ECONNREFUSED)`,
    );
  });

  it('a server that accepts and never answers fails within the connect timeout', async () => {
    const started = performance.now();
    const error = await connectOrExplain(silent.urlFor(server.url), { connectTimeoutMs: 1_000 }).catch((failure: unknown) => failure);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((error as Error).message).toBe(
      `Cannot connect to PostgreSQL at 127.0.0.1:${silent.port}: no answer within 1 s (a firewall dropping packets, or a wrong host?) (CONNECT_TIMEOUT)`,
    );
  });

  it('the same through a process that starts like the API: one line on stderr, exit code 1, in seconds', async () => {
    const url = new URL(silent.urlFor(server.url));
    url.searchParams.set('connect_timeout', '1');
    const run = await migrateInChildProcess(url.toString());
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Cannot connect to PostgreSQL at 127.0.0.1:${silent.port}: no answer within 1 s (a firewall dropping packets, or a wrong host?) (CONNECT_TIMEOUT)`,
    );
    expect(run.ms).toBeLessThan(10_000);
  });
});
