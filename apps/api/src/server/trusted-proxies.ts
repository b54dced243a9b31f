import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/** Which peers are reverse proxies of this deployment (VHOD_TRUSTED_PROXIES). */
export interface TrustedProxies {
  /** proxy-addr's test: is the hop at this address (hop i from the server) a proxy we trust? */
  trusts: (address: string, hop: number) => boolean;
  /** As configured, for the start-up line. */
  entries: string[];
}

const trustNobody: TrustedProxies = { trusts: () => false, entries: [] };

/**
 * Parses `VHOD_TRUSTED_PROXIES`: comma-separated addresses and CIDRs (`10.0.0.0/8`, `::1`) and proxy-addr's names
 * `loopback`, `linklocal`, `uniquelocal`. Empty: no proxy is trusted, every request's address is its TCP peer's.
 */
export function parseTrustedProxies(list: string): { ok: true; proxies: TrustedProxies } | { ok: false; problem: string } {
  const entries = list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return { ok: true, proxies: trustNobody };
  try {
    return { ok: true, proxies: { trusts: proxyAddr.compile(entries), entries } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `${reason} (expected addresses or CIDRs such as 127.0.0.1/32, or loopback, linklocal, uniquelocal)` };
  }
}

/**
 * The visitor's address: X-Forwarded-For read from the right, believed only as far as each hop is a trusted proxy. A
 * request from an untrusted peer keeps the peer's address whatever it claims.
 */
export function visitorAddress(req: IncomingMessage, proxies: TrustedProxies): string | null {
  if (!req.socket.remoteAddress) return null;
  return normalise(proxyAddr(req, proxies.trusts));
}

/** Whether the TCP peer is one of our proxies, whose own headers (X-Forwarded-Proto, X-Request-Id) are believed. */
export function fromTrustedProxy(req: IncomingMessage, proxies: TrustedProxies): boolean {
  const peer = req.socket.remoteAddress;
  return peer !== undefined && proxies.trusts(normalise(peer), 0);
}

/** The scheme the visitor used: X-Forwarded-Proto from a trusted proxy, else that of our own socket (plain http). */
export function visitorProtocol(req: IncomingMessage, proxies: TrustedProxies): 'http' | 'https' {
  if (!fromTrustedProxy(req, proxies)) return 'http';
  const forwarded = headerValue(req, 'x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' ? 'https' : 'http';
}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** `::ffff:127.0.0.1` (an IPv4 peer on a dual-stack socket) is 127.0.0.1 for the audit log and the limits. */
function normalise(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
}
