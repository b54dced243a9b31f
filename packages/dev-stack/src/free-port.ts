import { createServer } from 'node:net';

/**
 * The API's port must be known before the development ESIA starts (it registers the
 * redirect URI), so both ports are reserved up front.
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (!address || typeof address === 'string') throw new Error('could not reserve a port');
  return address.port;
}
