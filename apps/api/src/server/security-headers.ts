import type { ServerResponse } from 'node:http';

/**
 * Headers for the SPA pages. form-action must name ESIA: sign-out is a form whose redirect
 * ends at the provider's logout, and browsers apply form-action to the whole redirect chain.
 */
export function securityHeaders(esiaOrigin: string): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "img-src 'self' data:",
      "style-src 'self' 'unsafe-inline'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      `form-action 'self' ${esiaOrigin}`,
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

/**
 * On every answer in production (always https there): the browser then refuses plain http to
 * this host and its subdomains for a year, so nobody on the network can strip TLS. Never in
 * development, where a browser would pin 127.0.0.1 to an https nobody serves.
 */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

export function setHeaders(res: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}
