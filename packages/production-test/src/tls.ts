import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { createServer } from 'node:tls';

export interface TestCertificate {
  certificate: string;
  key: string;
}

/**
 * A self-signed certificate for 127.0.0.1 in `dir`: what the test's TLS fronts present, and what the API is told to
 * trust (NODE_EXTRA_CA_CERTS, as for a region's own CA).
 */
export function selfSignedCertificate(dir: string, name: string): TestCertificate {
  const certificate = join(dir, `${name}.crt`);
  const key = join(dir, `${name}.key`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ].concat(['-keyout', key, '-out', certificate]),
    { stdio: 'pipe' },
  );
  return { certificate, key };
}

export interface TlsFront {
  port: number;
  close(): Promise<void>;
}

/**
 * TLS from the first byte in front of a plain TCP server on this machine (the development SMTP sink speaks no TLS,
 * and production sends mail only over TLS: `smtps://`).
 */
export async function startTlsFront(target: number, { certificate, key }: TestCertificate): Promise<TlsFront> {
  const sockets = new Set<Socket>();
  const server = createServer({ cert: readFileSync(certificate), key: readFileSync(key) }, (secure) => {
    const plain = connect(target, '127.0.0.1');
    sockets.add(secure).add(plain);
    secure.pipe(plain).pipe(secure);
    const end = () => {
      secure.destroy();
      plain.destroy();
      sockets.delete(secure);
      sockets.delete(plain);
    };
    secure.on('error', end).on('close', end);
    plain.on('error', end).on('close', end);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
