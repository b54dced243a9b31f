/// <reference path="./crypto-gost-js.d.ts" />
// The reference brings the declarations along when another package type-checks this one through its exports.
// The readable build rather than the package's minified main: it carries our patch (packages/gost/patches) of the
// library's modular inverse, which called an undefined `subtract` on about one input in ten thousand.
import gost, { type PrivateKeyInfo, type PublicKey } from '@wavesenterprise/crypto-gost-js/dist/CryptoGost.js';
import { SignerError } from './signer-error.ts';

// The only module that talks to @wavesenterprise/crypto-gost-js. The library reads every number little-endian: private
// keys as the GOST engine stores them in PKCS#8, public keys as x ‖ y, hashes as e. Its 'CP' (CryptoPro) output
// convention turns the signature into s ‖ r big-endian, the layout Signer documents.

/** Parameter sets by the library's names: CryptoPro A/B/C (= TC26 256 B/C/D), their key-exchange aliases, RFC 7091's test curve. */
export type CurveName = 'S-256-A' | 'S-256-B' | 'S-256-C' | 'X-256-A' | 'X-256-B' | 'S-256-TEST';

const productionCurves: ReadonlySet<string> = new Set(['S-256-A', 'S-256-B', 'S-256-C', 'X-256-A', 'X-256-B']);

const supportedParameterSets =
  'the pure-JS GOST implementation knows the CryptoPro A, B, C, XchA and XchB parameter sets (openssl genpkey -pkeyopt paramset:A|B|C|XA|XB)';

const streebog = gost.GostEngine.getGostDigest({ name: 'GOST R 34.11', version: 2012, length: 256 });

/** GOST R 34.11-2012 (Streebog), 256-bit, in the byte order OpenSSL prints (the reverse of RFC 6986's hex). */
export function streebog256(data: Uint8Array): Uint8Array {
  return new Uint8Array(streebog.digest(data));
}

function gostSign(curve: CurveName, ukm?: Uint8Array) {
  return gost.GostEngine.getGostSign({ name: 'GOST R 34.10', version: 2012, length: 256, namedCurve: curve, procreator: 'CP', ukm });
}

/**
 * Signs a Streebog-256 digest. `nonce` becomes k = nonce mod q: 64 random bytes for a real signature (the extra 256 bits
 * make k's bias negligible), or RFC 7091's k for the known-answer test. Returns s ‖ r, big-endian.
 */
export function signDigest(curve: CurveName, privateKey: Uint8Array, digest: Uint8Array, nonce: Uint8Array): Uint8Array {
  return new Uint8Array(gostSign(curve, nonce).sign(privateKey, digest));
}

export function verifyDigest(curve: CurveName, publicKey: Uint8Array, digest: Uint8Array, signature: Uint8Array): boolean {
  return signature.length === 64 && gostSign(curve).verify(publicKey, signature, digest);
}

/** The public key x ‖ y (little-endian) of a private key: the library derives it when handed d as its "ukm". */
export function publicKeyOf(curve: CurveName, privateKey: Uint8Array): Uint8Array {
  return new Uint8Array(gostSign(curve, privateKey).generateKey().publicKey);
}

function knownCurve(name: string | undefined): CurveName | undefined {
  return name !== undefined && productionCurves.has(name) ? (name as CurveName) : undefined;
}

/** The parameter set and the 32-byte little-endian private key of a PKCS#8 GOST R 34.10-2012 256-bit key. */
export function readPrivateKey(der: Uint8Array): { curve: CurveName; privateKey: Uint8Array } {
  let info: PrivateKeyInfo;
  try {
    info = new gost.CryptoGost.asn1.PrivateKeyInfo(arrayBufferOf(der));
  } catch (cause) {
    throw new SignerError('bad-key', `The private key cannot be read: ${supportedParameterSets}`, { cause });
  }
  const curve = knownCurve(info.privateKeyAlgorithm?.namedCurve);
  const privateKey = info.privateKey ? new Uint8Array(info.privateKey) : undefined;
  if (!curve || privateKey?.length !== 32) {
    throw new SignerError('bad-key', `The private key is not a 256-bit GOST R 34.10-2012 key: ${supportedParameterSets}`);
  }
  return { curve, privateKey };
}

/** The parameter set and the 64-byte public key (x ‖ y, little-endian) of an X.509 certificate. */
export async function readCertificatePublicKey(der: Uint8Array): Promise<{ curve: CurveName; publicKey: Uint8Array }> {
  let key: PublicKey;
  try {
    key = await new gost.CryptoGost.cert.X509(arrayBufferOf(der)).getPublicKey();
  } catch (cause) {
    throw new SignerError('bad-certificate', `The certificate's public key cannot be read: ${supportedParameterSets}`, { cause });
  }
  const curve = knownCurve(key.algorithm?.namedCurve);
  const publicKey = key.buffer ? new Uint8Array(key.buffer) : undefined;
  if (!curve || publicKey?.length !== 64) {
    throw new SignerError('bad-certificate', `The certificate's key is not a 256-bit GOST R 34.10-2012 key: ${supportedParameterSets}`);
  }
  return { curve, publicKey };
}

function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}
