// How long one signature takes with each implementation (`pnpm --filter @vhod/gost timing`). A measurement to read, not a
// test: the numbers depend on the machine, and the ratio is what the README quotes.
import { fileURLToPath } from 'node:url';
import { developmentClientCredentials, opensslEngineSigner, pureJsSigner, pureJsVerifier, type Signer } from '../src/index.ts';

const rounds = Number(process.argv[2] ?? 50);
const fixture = developmentClientCredentials();
const keyPath = fileURLToPath(new URL('../fixtures/development-client.key.pem', import.meta.url));
const message = new TextEncoder().encode(
  'VHODopenid fullname birthdate snils2026.12.06 19:25:00 +0000…http://127.0.0.1:3000/auth/esia/callback',
);

async function millisecondsPer(operation: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await operation();
  const start = performance.now();
  for (let i = 0; i < rounds; i++) await operation();
  return (performance.now() - start) / rounds;
}

const signers: [string, Signer][] = [
  ['pure JS (@wavesenterprise/crypto-gost-js)', await pureJsSigner(fixture)],
  ['openssl -engine gost, key file', opensslEngineSigner({ keyPath, certificatePem: fixture.certificatePem })],
  ['openssl -engine gost, PEM key via a private temp dir', opensslEngineSigner(fixture)],
];

const results: [string, number][] = [];
for (const [name, signer] of signers) {
  try {
    results.push([`sign: ${name}`, await millisecondsPer(() => signer.sign(message))]);
  } catch (error) {
    console.log(`sign: ${name}: not measured (${(error as Error).message})`);
  }
}
const signature = await signers[0]![1].sign(message);
results.push(['verify: pure JS', await millisecondsPer(() => pureJsVerifier().verify(message, signature, fixture.certificatePem))]);

const baseline = results.find(([name]) => name.includes('key file'))?.[1];
for (const [name, ms] of results) {
  console.log(`${name.padEnd(62)} ${ms.toFixed(2).padStart(8)} ms${baseline ? `  (${(ms / baseline).toFixed(2)}× openssl key file)` : ''}`);
}
