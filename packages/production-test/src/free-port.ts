import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A port free on 127.0.0.1 now, for a server in another process. Not dev-stack's reservePort: importing
 * @vhod/dev-stack would load the whole API into this test, which only ever talks to it over HTTP.
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
