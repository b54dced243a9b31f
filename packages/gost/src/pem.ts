/** The DER inside a PEM block with this label (`CERTIFICATE`, `PRIVATE KEY`), or null when there is none. */
export function pemContents(pem: string, label: string): Uint8Array | null {
  const block = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`).exec(pem);
  const base64 = block?.[1]?.replace(/\s+/g, '');
  return base64 ? new Uint8Array(Buffer.from(base64, 'base64')) : null;
}
