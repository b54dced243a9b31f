import type { IncomingMessage } from 'node:http';

/**
 * Whether a POST may act on the caller's cookie. Browsers send Origin on every POST, so one
 * without it is not from our pages; `Sec-Fetch-Site: same-origin` (a header page scripts cannot
 * set) covers the rare browser that leaves Origin out. A foreign Origin is refused whatever
 * else the request claims.
 */
function isFromOwnPages(req: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined) return allowedOrigins.includes(origin);
  return req.headers['sec-fetch-site'] === 'same-origin';
}

/**
 * A third-party client's request: with `Authorization` Yoga authenticates the secret and ignores
 * cookies, so nobody else's session can be ridden and Origin does not matter. Only /graphql
 * reads Authorization; every other route acts on the cookie.
 */
function isBearerGraphQL(req: IncomingMessage, path: string): boolean {
  return path === '/graphql' && req.headers.authorization !== undefined;
}

/**
 * GraphQL POSTs must be JSON: form-encoded and multipart bodies are what a cross-site <form>
 * sends without a CORS preflight, so refusing them keeps forms from running mutations.
 */
function isJsonBody(req: IncomingMessage): boolean {
  const mediaType = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

export type PostRefusal = 'crossSite' | 'notJson';

/** Why a POST is refused before any handler sees it, or null to let it through. */
export function postRefusal(req: IncomingMessage, path: string, allowedOrigins: readonly string[]): PostRefusal | null {
  if (!isBearerGraphQL(req, path) && !isFromOwnPages(req, allowedOrigins)) return 'crossSite';
  if (path === '/graphql' && !isJsonBody(req)) return 'notJson';
  return null;
}
