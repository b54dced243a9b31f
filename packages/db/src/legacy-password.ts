import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// scrypt with N=2^14, r=8, p=1 (16 MiB, ~50 ms on the dev machine); parameters are stored in the hash, so
// they can be raised later without breaking existing hashes.
const N = 1 << 14;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function maxmem(n: number, r: number, p: number): number {
  return 128 * n * r * p + 128 * r * 1024 + 1024 * 1024;
}

/** Hashes a legacy (SGO) password: `scrypt$N$r$p$salt$hash`, salt and hash base64url. */
export async function hashLegacyPassword(plain: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scryptAsync(plain.normalize('NFC'), salt, KEY_LENGTH, { N, r: R, p: P, maxmem: maxmem(N, R, P) });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Checks a password against a stored `hashLegacyPassword` string; false for malformed input. */
export async function verifyLegacyPassword(plain: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, nText, rText, pText, saltText, hashText] = parts as [string, string, string, string, string, string];
  const n = Number(nText);
  const r = Number(rText);
  const p = Number(pText);
  // Bounds keep a tampered hash from asking for absurd amounts of memory or time.
  if (!Number.isInteger(n) || n < 2 || n > 1 << 20 || (n & (n - 1)) !== 0) return false;
  if (!Number.isInteger(r) || r < 1 || r > 32 || !Number.isInteger(p) || p < 1 || p > 16) return false;
  const salt = Buffer.from(saltText, 'base64url');
  const expected = Buffer.from(hashText, 'base64url');
  if (salt.length === 0 || expected.length < 16 || expected.length > 128) return false;
  let actual: Buffer;
  try {
    actual = await scryptAsync(plain.normalize('NFC'), salt, expected.length, { N: n, r, p, maxmem: maxmem(n, r, p) });
  } catch {
    return false;
  }
  return timingSafeEqual(actual, expected);
}
