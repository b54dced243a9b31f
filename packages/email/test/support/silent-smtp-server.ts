import { createServer, type AddressInfo, type Socket } from 'node:net';

/** An SMTP server that accepts connections and never says a word (no greeting): what held shutdown for 47 s. */
export async function startSilentSmtpServer() {
  const sockets = new Set<Socket>();
  const waiting: Array<() => void> = [];
  const waitingForClose: Array<() => void> = [];
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0) for (const resolve of waitingForClose.splice(0)) resolve();
    });
    for (const resolve of waiting.splice(0)) resolve();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    /** Resolves once every client has hung up. */
    allClosed: () => new Promise<void>((resolve) => (sockets.size === 0 ? resolve() : waitingForClose.push(resolve))),
    /** Resolves once a client is connected (and waiting for the greeting). */
    connected: () => new Promise<void>((resolve) => (sockets.size > 0 ? resolve() : waiting.push(resolve))),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
