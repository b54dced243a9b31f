import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApiServer, type SeededApiServer } from '../support/test-services';

// Finding 10c: a GET with a 100 KB URL got its connection reset, so a client (or the proxy in
// front) saw a network failure instead of an answer it could act on.
let api: SeededApiServer;

beforeAll(async () => {
  api = await seededApiServer();
});
afterAll(() => api?.close());

/**
 * Sends the whole request in 16 KiB pieces before reading, as most HTTP clients and proxies do,
 * and returns everything the server answered. A reset fails: such a client never sees an answer.
 */
function exchange(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port: api.server.port, host: '127.0.0.1', allowHalfOpen: true });
    const chunks: Buffer[] = [];
    let sent = false;
    let answered = false;
    const finish = () => {
      if (!sent || !answered) return;
      socket.end();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      answered = true;
      finish();
    });
    const bytes = Buffer.from(request);
    const writeFrom = (offset: number) => {
      if (offset >= bytes.length) {
        sent = true;
        return finish();
      }
      socket.write(bytes.subarray(offset, offset + 16 * 1024), () => writeFrom(offset + 16 * 1024));
    };
    writeFrom(0);
  });
}

const statusLineOf = (answer: string) => answer.split('\r\n')[0];

describe('oversized requests (finding 10c)', () => {
  it('answers a 100 KB URL with 414 URI Too Long instead of resetting the connection', async () => {
    const answer = await exchange(`GET /graphql?query=${'a'.repeat(100 * 1024)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    expect(statusLineOf(answer)).toBe('HTTP/1.1 414 URI Too Long');
    expect(answer).toContain('адрес запроса слишком длинный');
  });

  it('still serves a URL of ordinary length', async () => {
    const query = encodeURIComponent(`{ viewer { stage } }${' '.repeat(2000)}`);
    const response = await fetch(`${api.server.url}/graphql?query=${query}`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { viewer: null } });
  });

  it('answers a 200 KB header with 431 Request Header Fields Too Large and closes cleanly', async () => {
    const answer = await exchange(`GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${'a'.repeat(200 * 1024)}\r\n\r\n`);
    expect(statusLineOf(answer)).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(answer).toMatch(/\r\nConnection: close\r\n/i);
  });

  it('answers a malformed request with 400 Bad Request', async () => {
    const answer = await exchange('GET / NOT-HTTP\r\n\r\n');
    expect(statusLineOf(answer)).toBe('HTTP/1.1 400 Bad Request');
  });
});
