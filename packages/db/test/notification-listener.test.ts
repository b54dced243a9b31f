import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/database';
import { listenForNotifications, type NotificationListener } from '../src/driver/notification-listener';
import { openPostgres, type PostgresHandle } from '../src/postgres/open-postgres';
import { createServerTestDatabase, createTestDatabase, startTcpProxy, testDatabaseKind, type TcpProxy } from '../src/testing/index';
import { queryRows } from './helpers';

const channel = 'vhod_test_channel';

/** What a listener heard, and a way to wait (bounded) for the next thing it hears. */
function recorder() {
  const payloads: string[] = [];
  let listening = 0;
  let errors = 0;
  const waiters: Array<{ ready: () => boolean; done: () => void }> = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      if (waiter.ready()) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.done();
      }
    }
  };
  return {
    payloads,
    listening: () => listening,
    errors: () => errors,
    handlers: {
      onNotification: (payload: string) => {
        payloads.push(payload);
        check();
      },
      onListening: () => {
        listening += 1;
        check();
      },
      onError: () => {
        errors += 1;
        check();
      },
    },
    until(ready: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
      if (ready()) return Promise.resolve();
      return new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`still waiting for ${what} after ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          ready,
          done: () => {
            clearTimeout(timer);
            done();
          },
        });
      });
    },
  };
}

const notify = (handle: DatabaseHandle, payload: string) => handle.db.execute(sql`select pg_notify(${channel}, ${payload})`);

describe('LISTEN/NOTIFY', () => {
  let handle: DatabaseHandle;
  let listener: NotificationListener | undefined;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterEach(async () => {
    await listener?.close();
    listener = undefined;
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('hears a notification sent inside a transaction when it commits, and never one rolled back', async () => {
    const heard = recorder();
    listener = await listenForNotifications(handle.db, channel, heard.handlers);
    expect(heard.listening()).toBe(1);
    await handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`select pg_notify(${channel}, 'rolled back')`);
        throw new Error('roll back');
      })
      .catch(() => {});
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_notify(${channel}, 'first')`);
      await tx.execute(sql`select pg_notify(${channel}, 'second')`);
    });
    await notify(handle, 'third');
    await heard.until(() => heard.payloads.length >= 3, 'three notifications');
    expect(heard.payloads).toEqual(['first', 'second', 'third']);
  });

  it('stops hearing once closed', async () => {
    const heard = recorder();
    const closing = await listenForNotifications(handle.db, channel, heard.handlers);
    await closing.close();
    const still = recorder();
    listener = await listenForNotifications(handle.db, channel, still.handlers);
    await notify(handle, 'after close');
    await still.until(() => still.payloads.length === 1, 'the notification');
    expect(heard.payloads).toEqual([]);
  });
});

describe.skipIf(testDatabaseKind() !== 'postgres')('LISTEN on PostgreSQL: a lost connection is opened again', () => {
  let server: PostgresHandle;
  let proxy: TcpProxy;
  let throughProxy: PostgresHandle;
  let listener: NotificationListener | undefined;
  beforeAll(async () => {
    server = await createServerTestDatabase({ migrate: false });
    const { hostname, port } = new URL(server.url);
    proxy = await startTcpProxy({ host: hostname, port: Number(port) });
    throughProxy = openPostgres(proxy.urlFor(server.url), 2, { connectTimeoutMs: 1_000 });
  });
  afterEach(async () => {
    await listener?.close();
    listener = undefined;
    await proxy.setMode('forward');
  });
  afterAll(async () => {
    await throughProxy?.destroy();
    await proxy?.close();
    await server?.close();
  });

  it('listens again after the server cut the connection, and says so (what came in between is lost)', async () => {
    const heard = recorder();
    listener = await listenForNotifications(throughProxy.db, channel, heard.handlers, { retryDelaysMs: [50, 100, 200] });
    await notify(server, 'before');
    await heard.until(() => heard.payloads.length === 1, 'the first notification');

    await proxy.setMode('refuse');
    await heard.until(() => heard.errors() >= 2, 'a lost connection and a refused attempt');
    await notify(server, 'while away');
    await proxy.setMode('forward');
    await heard.until(() => heard.listening() === 2, 'LISTEN again');
    await notify(server, 'after');
    await heard.until(() => heard.payloads.length === 2, 'the notification after');
    expect(heard.payloads).toEqual(['before', 'after']);
  });

  it('shows in pg_stat_activity as the pool’s application name with " listen"', async () => {
    listener = await listenForNotifications(throughProxy.db, channel, recorder().handlers);
    const rows = await queryRows<{ application_name: string }>(
      server.db,
      sql`select application_name from pg_stat_activity where datname = current_database() and application_name like '% listen'`,
    );
    expect(rows.map((row) => row.application_name)).toEqual(['postgres.js listen']);
  });

  it('notices a connection gone silent by its heartbeat, and listens again when the network is back', async () => {
    const heard = recorder();
    listener = await listenForNotifications(throughProxy.db, channel, heard.handlers, {
      retryDelaysMs: [50],
      heartbeat: { everyMs: 100, timeoutMs: 300 },
    });
    await proxy.setMode('blackhole');
    await heard.until(() => heard.errors() >= 1, 'the heartbeat to fail');
    expect(heard.listening()).toBe(1);
    await proxy.setMode('forward');
    await heard.until(() => heard.listening() >= 2, 'LISTEN again');
    await notify(server, 'back');
    await heard.until(() => heard.payloads.includes('back'), 'the notification after');
  });

  it('fails at once when the first connection is refused', async () => {
    await proxy.setMode('refuse');
    await expect(listenForNotifications(throughProxy.db, channel, recorder().handlers)).rejects.toThrow();
  });
});
