import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MessageStore } from '../message-store';
import { handleRequest } from './handle-request';

export interface HttpListener {
  port: number;
  close(): Promise<void>;
}

export async function listenHttp(store: MessageStore, port: number, host: string, timeZone: string): Promise<HttpListener> {
  const server = createServer((request, response) => {
    try {
      handleRequest(store, timeZone, request, response);
    } catch {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;

  let closed: Promise<void> | undefined;
  return {
    port: address.port,
    close: () =>
      (closed ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers keep connections alive; without this close() would wait for them to time out.
        server.closeAllConnections();
      })),
  };
}
