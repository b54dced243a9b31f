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

/**
 * The largest body we read. A GraphQL request of our SPAs is a few KB; an API client's is a query
 * and a page of IDs. Anything larger is refused unread, before anyone parses it.
 */
export const maxBodyBytes = 100 * 1024;

/**
 * A body must say its length, so that it can be refused before it is read: Node reads exactly
 * Content-Length bytes, and a chunked body could be any size.
 */
function bodyRefusal(req: IncomingMessage): 'lengthRequired' | 'tooLarge' | null {
  const declared = req.headers['content-length'];
  if (declared === undefined) return req.headers['transfer-encoding'] === undefined ? null : 'lengthRequired';
  return Number(declared) > maxBodyBytes ? 'tooLarge' : null;
}

/**
 * The OpenID Provider's endpoints are posted to from elsewhere by design: a client's server
 * redeems its code, a client's page may post its authorization request. They guard themselves
 * (client authentication at the token endpoint, an xsrf token on the logout confirmation).
 */
function isOidcProviderPost(path: string): boolean {
  return path.startsWith('/oidc/');
}

export type PostRefusal = 'crossSite' | 'notJson' | 'lengthRequired' | 'tooLarge';

/** Why a POST is refused before any handler sees it, or null to let it through. */
export function postRefusal(req: IncomingMessage, path: string, allowedOrigins: readonly string[]): PostRefusal | null {
  const body = bodyRefusal(req);
  if (body) return body;
  if (!isBearerGraphQL(req, path) && !isOidcProviderPost(path) && !isFromOwnPages(req, allowedOrigins)) return 'crossSite';
  if (path === '/graphql' && !isJsonBody(req)) return 'notJson';
  return null;
}
