/** The token of `Authorization: Bearer <token>` (RFC 6750: the scheme is case-insensitive); null when malformed. */
export function bearerTokenOf(header: string | null): string | null {
  const match = header?.match(/^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i);
  return match?.[1] ?? null;
}
