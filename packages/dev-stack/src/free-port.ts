import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface PortReservation {
  port: number;
  /** Frees the port for its real server: call it right before that server listens. */
  release(): Promise<void>;
}

/**
 * The API's port must be known before the development ESIA starts (it registers the redirect
 * URI), so it is chosen first and held by a placeholder listener while the other servers start:
 * a port merely probed and let go is taken by a parallel test run often enough to fail CI.
 */
export async function reservePort(): Promise<PortReservation> {
  const server = createServer();
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return { port, release: () => new Promise<void>((done) => server.close(() => done())) };
}
