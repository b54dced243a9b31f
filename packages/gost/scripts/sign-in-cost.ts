// What GOST adds to one ESIA sign-in (`pnpm --filter @vhod/gost sign-in-cost [rounds]`): the API signs twice (the
// client_secret of /v2/ac and of /v3/te) and verifies ESIA's two tokens. Each is measured beside two baselines taken in
// the same run, so the ratios hold on a loaded machine: one HMAC-SHA256 of the same message, and one HTTP round trip to a
// server on this machine over a kept-alive connection (the cheapest call the callback makes; ESIA's are over the
// internet and cost more). A measurement to read, not a test.
import { createHmac, generateKeyPairSync, sign as rsaSign, verify as rsaVerify } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  developmentClientCredentials,
  developmentEsiaCredentials,
  opensslEngineSigner,
  pureJsSigner,
  pureJsVerifier,
  type Signer,
} from '../src/index.ts';

const rounds = Number(process.argv[2] ?? 40);
const client = developmentClientCredentials();
const keyPath = fileURLToPath(new URL('../fixtures/development-client.key.pem', import.meta.url));
// The size of a real /v3/te client_secret message and of a real token's signing input.
const message = new TextEncoder().encode(
  `vhodopenid fullname birthdate gender snils id_doc email mobile kid_fullname kid_birthdate kid_gender kid_snils kid_birth_cert_doc2026.11.23 09:00:00 +00006f1c7a52-3c1e-4d0b-9f7e-0a4b1c2d3e4fhttps://vhod.example.ru/auth/esia/callback${'c'.repeat(36)}`,
);
const tokenInput = new TextEncoder().encode(`${'h'.repeat(80)}.${'p'.repeat(480)}`);

async function millisecondsPer(operation: () => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < 3; i++) await operation();
  const start = performance.now();
  for (let i = 0; i < rounds; i++) await operation();
  return (performance.now() - start) / rounds;
}

const server = createServer((_req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end('{"ok":true}');
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const hmac = await millisecondsPer(() => createHmac('sha256', 'k').update(message).digest());
const roundTrip = await millisecondsPer(async () => (await fetch(url)).text());
const esiaSignature = await (await pureJsSigner(developmentEsiaCredentials())).sign(tokenInput);
// .catch: the library throws on rare values (see apps/api/src/auth/esia/esia-tokens.ts); the run goes on.
const verify = await millisecondsPer(() =>
  pureJsVerifier()
    .verify(tokenInput, esiaSignature, developmentEsiaCredentials().certificatePem)
    .catch(() => false),
);
// If a region's ESIA signs its tokens with RSA (AISGorod verifies ESIA's with RSA certificates), Node checks them instead.
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rsaSignature = rsaSign('sha256', tokenInput, rsa.privateKey);
const verifyRsa = await millisecondsPer(() => rsaVerify('sha256', tokenInput, rsa.publicKey, rsaSignature));

const signers: [string, () => Promise<Signer>][] = [
  ['pure JS (development signer)', () => pureJsSigner(client)],
  ['openssl -engine gost, key file (production)', async () => opensslEngineSigner({ keyPath, certificatePem: client.certificatePem })],
];

const row = (name: string, ms: number) =>
  `${name.padEnd(82)} ${ms.toFixed(3).padStart(9)} ms  ${(ms / hmac).toFixed(0).padStart(7)}× HMAC  ${(ms / roundTrip).toFixed(1).padStart(6)}× local round trip`;
console.log(`${rounds} rounds each\n`);
console.log(row('baseline: HMAC-SHA256 of the message', hmac));
console.log(row('baseline: HTTP round trip on this machine (keep-alive)', roundTrip));
console.log(row('verify one ESIA token: GOST, pure JS', verify));
console.log(row('verify one ESIA token: RS256, node:crypto', verifyRsa));
for (const [name, make] of signers) {
  try {
    const signer = await make();
    const sign = await millisecondsPer(() => signer.sign(message));
    console.log(row(`sign one client_secret: ${name}`, sign));
    console.log(row(`per sign-in (2 signatures + 2 token checks): ${name}`, 2 * sign + 2 * verify));
  } catch (error) {
    console.log(`${name}: not measured (${(error as Error).message})`);
  }
}
server.close();
