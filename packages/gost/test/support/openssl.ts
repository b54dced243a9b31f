import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

// The OpenSSL GOST engine driven the way esia.md shows, as the independent implementation the pure-JS one is checked against.

/**
 * Whether `openssl -engine gost` works here. Without it the engine's tests are skipped with a warning on a developer's
 * machine, and fail in CI (CI=true), which installs libengine-gost-openssl (.ci/run).
 */
export async function gostEngineAvailable(): Promise<boolean> {
  const available = await promisify(execFile)('openssl', ['engine', 'gost', '-c']).then(
    () => true,
    () => false,
  );
  if (!available && process.env.CI) {
    throw new Error('CI must have the OpenSSL GOST engine (libengine-gost-openssl): the cross-checks cannot run without it');
  }
  if (!available) {
    console.warn('SKIPPED: the OpenSSL GOST engine is not installed (apt-get install libengine-gost-openssl); its tests did not run');
  }
  return available;
}

export function openssl(args: string[], input?: Uint8Array): Promise<{ status: number; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('openssl', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    // Commands that read no input (genpkey, req) may exit before stdin is written.
    child.stdin.on('error', () => {});
    child.on('close', (status) =>
      resolve({ status: status ?? -1, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
    child.stdin.end(input ?? new Uint8Array());
  });
}

async function opensslOk(args: string[], input?: Uint8Array): Promise<Buffer> {
  const result = await openssl(args, input);
  if (result.status !== 0) throw new Error(`openssl ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

export async function inTemporaryDirectory<T>(use: (path: (name: string) => string) => Promise<T>): Promise<T> {
  const directory = await mkdtemp(join(tmpdir(), 'vhod-gost-test-'));
  try {
    return await use((name) => join(directory, name));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** A fresh key and self-signed certificate from the engine, with `openssl genpkey -pkeyopt paramset:<paramset>`. */
export function opensslKeyAndCertificate(paramset: string): Promise<{ keyPem: string; certificatePem: string }> {
  return inTemporaryDirectory(async (path) => {
    await opensslOk([
      'genpkey',
      '-engine',
      'gost',
      '-algorithm',
      'gost2012_256',
      '-pkeyopt',
      `paramset:${paramset}`,
      '-out',
      path('key.pem'),
    ]);
    const certificate = await opensslOk([
      'req',
      '-engine',
      'gost',
      '-new',
      '-x509',
      '-key',
      path('key.pem'),
      '-subj',
      '/CN=vhod-test',
      '-days',
      '1',
      '-md_gost12_256',
    ]);
    return { keyPem: await readFile(path('key.pem'), 'utf8'), certificatePem: certificate.toString('utf8') };
  });
}

/** `openssl dgst -verify` with the certificate's public key: true when the engine accepts the signature. */
export function opensslVerify(data: Uint8Array, signature: Uint8Array, certificatePem: string): Promise<boolean> {
  return inTemporaryDirectory(async (path) => {
    await writeFile(path('cert.pem'), certificatePem);
    await writeFile(path('public.pem'), await opensslOk(['x509', '-engine', 'gost', '-in', path('cert.pem'), '-pubkey', '-noout']));
    await writeFile(path('signature.bin'), signature);
    const result = await openssl(
      ['dgst', '-engine', 'gost', '-md_gost12_256', '-verify', path('public.pem'), '-signature', path('signature.bin')],
      data,
    );
    return result.status === 0 && result.stdout.toString('utf8').includes('Verified OK');
  });
}

/** `openssl pkeyutl -verify` of a signature over a ready digest, with a DER SubjectPublicKeyInfo. */
export function opensslVerifyDigest(digest: Uint8Array, signature: Uint8Array, publicKeyDer: Uint8Array): Promise<boolean> {
  return inTemporaryDirectory(async (path) => {
    await writeFile(path('public.der'), publicKeyDer);
    await writeFile(path('signature.bin'), signature);
    const result = await openssl(
      [
        'pkeyutl',
        '-engine',
        'gost',
        '-verify',
        '-pubin',
        '-keyform',
        'DER',
        '-inkey',
        path('public.der'),
        '-sigfile',
        path('signature.bin'),
      ],
      digest,
    );
    return result.status === 0 && result.stdout.toString('utf8').includes('Verified Successfully');
  });
}

/** esia.md's recipe: `openssl x509 -outform DER | openssl dgst -md_gost12_256`, as the engine prints it (lower-case hex). */
export async function opensslCertificateHash(certificatePem: string): Promise<string> {
  const der = await opensslOk(['x509', '-outform', 'DER'], Buffer.from(certificatePem));
  return opensslDigestHex(der);
}

export async function opensslDigestHex(data: Uint8Array): Promise<string> {
  const output = await opensslOk(['dgst', '-engine', 'gost', '-md_gost12_256', '-r'], data);
  return output.toString('utf8').split(' ')[0]!;
}
