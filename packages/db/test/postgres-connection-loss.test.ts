import { once } from 'node:events';
import net from 'node:net';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresHandle } from '../src/postgres/open-postgres';
import { createServerTestDatabase, testDatabaseKind } from '../src/testing/index';

/**
 * postgres.js 3.4.9 ends the whole process on two connection losses (packages/db/patches): a
 * statement sent on a connection that has just closed threw from a timer (and its caller waited
 * forever), and a connection lost while it read the server's array types left a rejected promise
 * nobody handled. Either took an API instance down in the middle of a database outage. Each case
 * cuts the connection at the exact moment through the driver's own socket factory.
 */
describe.skipIf(testDatabaseKind() !== 'postgres')('a PostgreSQL connection lost at the wrong moment', () => {
  let server: PostgresHandle;
  let client: postgres.Sql | undefined;
  const escaped: unknown[] = [];
  const keep = (error: unknown) => escaped.push(error);

  beforeAll(async () => {
    server = await createServerTestDatabase({ migrate: false });
    process.on('uncaughtException', keep);
    process.on('unhandledRejection', keep);
  });
  afterEach(async () => {
    await client?.end({ timeout: 1 });
    client = undefined;
    escaped.length = 0;
  });
  afterAll(async () => {
    process.off('uncaughtException', keep);
    process.off('unhandledRejection', keep);
    await server?.close();
  });

  /** A one-connection pool whose sockets the test holds; `onWrite` may cut one instead of writing. */
  function openPool(onWrite?: (socket: net.Socket, data: Buffer) => boolean) {
    const sockets: net.Socket[] = [];
    const url = new URL(server.url);
    client = postgres(server.url, {
      max: 1,
      onnotice: () => {},
      socket: () => {
        const socket = net.connect(Number(url.port), url.hostname);
        const write = socket.write.bind(socket) as (data: Buffer, callback?: () => void) => boolean;
        if (onWrite)
          socket.write = ((data: Buffer, callback?: () => void) => (onWrite(socket, data) ? write(data, callback) : false)) as never;
        sockets.push(socket);
        return socket;
      },
    } as postgres.Options<Record<string, never>>);
    return { sql: client, sockets };
  }

  /** One turn of the event loop: what a timer or a dropped promise would throw has been thrown. */
  const turn = () => new Promise((resolve) => setImmediate(resolve));

  it('a transaction whose connection closed fails its next statement, the process goes on, and the pool answers again', async () => {
    const { sql, sockets } = openPool();
    const inTransaction = sql.begin(async (tx) => {
      await tx`select 1`;
      const closed = once(sockets[0]!, 'close');
      sockets[0]!.destroy();
      await closed;
      await tx`select 2`;
    });

    await expect(inTransaction).rejects.toMatchObject({ code: 'CONNECTION_CLOSED' });
    await turn();
    expect(escaped).toEqual([]);
    // The connection that closed may refuse one more statement before it reconnects; then it answers.
    await sql`select 1`.catch(() => undefined);
    expect(await sql`select 3 as three`).toEqual([{ three: 3 }]);
  });

  it('a connection lost while it reads the array types fails its first query, the process goes on, and the next query is answered', async () => {
    let cut = false;
    const { sql } = openPool((socket, data) => {
      if (cut || !data.includes('typcategory')) return true;
      cut = true;
      socket.destroy(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
      return false;
    });

    await expect(sql`select 1`).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(cut).toBe(true);
    await turn();
    expect(escaped).toEqual([]);
    expect(await sql`select 3 as three`).toEqual([{ three: 3 }]);
  });
});
