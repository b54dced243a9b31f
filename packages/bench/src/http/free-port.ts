import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A port nobody listens on right now. The development ESIA must know the API's callback URL
 * before the API starts, so the API's port is chosen first.
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}
