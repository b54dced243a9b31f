import { createServer, type RequestListener, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * The longest request target we serve. Our SPAs POST GraphQL and their own URLs are short, so
 * anything longer is a mistake or abuse; the listener answers it 414 URI Too Long.
 */
export const maxUrlLength = 8 * 1024;

/**
 * Room for the request line and headers together. Well above `maxUrlLength`, so that a long
 * URL reaches the listener and gets its 414 instead of being cut off by the parser; beyond
 * this the parser refuses the request and `clientError` answers 431.
 */
const maxHeaderSize = 128 * 1024;

/**
 * An honest client sends its headers within a round trip or two and its body (a few KB of
 * JSON at most) soon after, even on a slow mobile line; a client that trickles them holds a
 * connection and is cut off instead (Node's defaults wait 60 s and 5 min).
 */
const headersTimeoutMs = 15_000;
const requestTimeoutMs = 30_000;

/** How long a refused client may go on sending before its connection is dropped. */
const refusedDrainMs = 5_000;

const statusLines: Record<string, string> = {
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
};

/** The HTTP server for the API, with its limits in one place (the API server and the bench use it). */
export function createHttpServer(listener: RequestListener): Server {
  const server = createServer({ maxHeaderSize, headersTimeout: headersTimeoutMs, requestTimeout: requestTimeoutMs }, listener);
  const answered = new WeakSet<Duplex>();
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // The parser reports every later piece of the same request again; the first answer stands.
    if (answered.has(socket)) return;
    answered.add(socket);
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const status = statusLines[error.code ?? ''] ?? '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    // Node's default destroys the socket at once: with the rest of the request still unread the
    // kernel then resets the connection, and the client loses the answer. Node goes on reading
    // (and discarding) what arrives, so the socket is closed once the client is done, or later.
    socket.once('end', () => socket.destroy());
    const deadline = setTimeout(() => socket.destroy(), refusedDrainMs);
    socket.once('close', () => clearTimeout(deadline));
  });
  return server;
}
