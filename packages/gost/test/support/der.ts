import { concat } from './bytes.ts';

/** One DER element (definite length), enough to build the SubjectPublicKeyInfo of RFC 7091's public key. */
export function der(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const body = concat(...contents);
  const length =
    body.length < 0x80 ? [body.length] : body.length < 0x100 ? [0x81, body.length] : [0x82, body.length >> 8, body.length & 0xff];
  return concat(new Uint8Array([tag, ...length]), body);
}

export function derObjectIdentifier(oid: string): Uint8Array {
  const [first = 0, second = 0, ...rest] = oid.split('.').map(Number);
  const bytes = [40 * first + second];
  for (const arc of rest) {
    const groups = [arc & 0x7f];
    for (let value = arc >> 7; value > 0; value >>= 7) groups.unshift(0x80 | (value & 0x7f));
    bytes.push(...groups);
  }
  return der(0x06, new Uint8Array(bytes));
}
