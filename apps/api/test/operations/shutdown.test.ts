import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger';
import { startApiServer } from '../../src/server/create-api-server';
import { seededServices } from '../support/test-services';

// Issue 14 item 1: close() used to cut the requests under way (closeAllConnections); it drains them now.
let env: Awaited<ReturnType<typeof seededServices>>;
beforeAll(async () => {
  env = await seededServices();
});
afterAll(() => env?.database.close());

const start = () =>
  startApiServer({
    config: { ...env.config, email: null },
    db: env.db,
    clock: env.clock,
    port: 0,
    logger: createLogger({ write: () => {} }),
  });

const body = JSON.stringify({ query: '{ deployment { selfLinkOpen } }' });

/** A GraphQL POST whose body has not all arrived yet: the request is under way until `finish()` sends the rest. */
async function requestUnderWay(port: number): Promise<{ socket: Socket; finish(): void; answer: Promise<string> }> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  let received = '';
  socket.on('data', (chunk) => {
    received += chunk.toString('utf8');
  });
  const answer = new Promise<string>((done) => socket.on('close', () => done(received)));
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nSec-Fetch-Site: same-origin\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
  );
  return { socket, finish: () => socket.write(body.slice(10)), answer };
}

describe('shutting the API server down (issue 14 item 1)', () => {
  it('stops accepting, answers the request under way in full, then closes', async () => {
    const api = await start();
    const requestArrived = once(api.server, 'request');
    const pending = await requestUnderWay(api.port);
    await requestArrived;

    const closed = api.close();
    await expect(fetch(`${api.url}/healthz`)).rejects.toThrow();
    pending.finish();
    // The answer arrives whole and the server then closes the connection (the promise waits for the close).
    const answer = await pending.answer;
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(answer).toContain('"selfLinkOpen"');
    await closed;
  });

  it('cuts a request that is still not done when the drain deadline passes', async () => {
    const api = await start();
    const requestArrived = once(api.server, 'request');
    const pending = await requestUnderWay(api.port);
    await requestArrived;
    await api.close({ drainMs: 100 });
    expect(await pending.answer).toBe('');
    expect(pending.socket.destroyed).toBe(true);
  });
});
