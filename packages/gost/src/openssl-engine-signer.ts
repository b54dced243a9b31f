import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certificateHash } from './certificate-hash.ts';
import type { Signer } from './signer.ts';
import { SignerError } from './signer-error.ts';

export type OpensslEngineSignerOptions = ({ keyPath: string; keyPem?: never } | { keyPem: string; keyPath?: never }) & {
  certificatePem: string;
  /** `-engine` argument: the engine's id in OpenSSL's engines directory, or the path of gost.so. */
  enginePath?: string;
  opensslPath?: string;
  timeoutMs?: number;
  /**
   * Where a key given as `keyPem` lives while openssl reads it (a private directory, removed as soon as openssl exits).
   * Default: /dev/shm when writable (memory, never a disk), else the OS temp directory.
   */
  temporaryDirectory?: string;
};

/**
 * The production signer: `openssl dgst -engine gost -md_gost12_256 -sign`, the message on stdin and the signature on
 * stdout. Prefer `keyPath` (a file only the service can read). OpenSSL opens keys only by name, and Node's child pipes
 * are sockets that /dev/stdin and /dev/fd/N cannot open, so a `keyPem` is written to a fresh 0700 directory for the one
 * call and removed right after.
 */
export function opensslEngineSigner(options: OpensslEngineSignerOptions): Signer {
  const hash = certificateHash(options.certificatePem);
  const run = (keyFile: string, data: Uint8Array) =>
    runOpenssl(
      options.opensslPath ?? 'openssl',
      ['dgst', '-engine', options.enginePath ?? 'gost', '-md_gost12_256', '-binary', '-sign', keyFile],
      data,
      options.timeoutMs ?? 10_000,
    );
  return {
    async sign(data) {
      const signature = await (options.keyPath !== undefined
        ? run(options.keyPath, data)
        : withPrivateKeyFile(options.keyPem, options.temporaryDirectory ?? defaultTemporaryDirectory(), (file) => run(file, data)));
      if (signature.length !== 64) {
        throw new SignerError('bad-key', `openssl made a ${signature.length}-byte signature; a GOST R 34.10-2012 256-bit key makes 64`);
      }
      return new Uint8Array(signature);
    },
    certificateHash: async () => hash,
  };
}

function defaultTemporaryDirectory(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

async function withPrivateKeyFile<T>(keyPem: string, parent: string, use: (file: string) => Promise<T>): Promise<T> {
  const directory = await mkdtemp(join(parent, 'vhod-gost-'));
  try {
    const file = join(directory, 'key.pem');
    await writeFile(file, keyPem, { mode: 0o600, flag: 'wx' });
    return await use(file);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

function runOpenssl(opensslPath: string, args: string[], input: Uint8Array, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(opensslPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle(() => reject(new SignerError('timeout', `openssl did not sign within ${timeoutMs} ms`)));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    // openssl exits without reading stdin when it cannot load the engine or the key; its exit status says why.
    child.stdin.on('error', () => {});
    child.on('error', (cause: NodeJS.ErrnoException) =>
      settle(() =>
        reject(
          cause.code === 'ENOENT'
            ? new SignerError(
                'engine-missing',
                `No openssl binary at "${opensslPath}" (Debian: apt-get install openssl libengine-gost-openssl)`,
                {
                  cause,
                },
              )
            : new SignerError('signing-failed', 'openssl could not be started', { cause }),
        ),
      ),
    );
    child.on('close', (code) =>
      settle(() => (code === 0 ? resolve(Buffer.concat(stdout)) : reject(opensslFailure(Buffer.concat(stderr).toString('utf8'))))),
    );
    child.stdin.end(input);
  });
}

function opensslFailure(stderr: string): SignerError {
  const excerpt = stderr.trim().split('\n').slice(0, 3).join(' / ');
  if (/Invalid engine|message digest: md_gost12_256/.test(stderr)) {
    return new SignerError(
      'engine-missing',
      `openssl has no GOST engine (Debian: apt-get install libengine-gost-openssl; or set enginePath to gost.so): ${excerpt}`,
    );
  }
  if (/private key/i.test(stderr)) return new SignerError('bad-key', `openssl cannot use the private key: ${excerpt}`);
  return new SignerError('signing-failed', `openssl failed: ${excerpt}`);
}
