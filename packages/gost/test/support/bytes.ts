export function fromHex(hex: string): Uint8Array {
  return new Uint8Array(Buffer.from(hex.replace(/\s+/g, ''), 'hex'));
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

/** The standards print numbers and byte strings most significant byte first; this is the byte string in memory order. */
export function reversed(bytes: Uint8Array): Uint8Array {
  return bytes.slice().reverse();
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}
