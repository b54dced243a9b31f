/**
 * Just enough of a browser cookie store for driving sign-ins with fetch: oidc-provider
 * scopes its interaction cookies to paths (/interaction/<uid>, /auth/<uid>), so paths and
 * expiry matter; domains do not, because the driver only talks to the sim's own origin.
 */
interface StoredCookie {
  name: string;
  value: string;
  host: string;
  path: string;
  expiresAt: number;
}

function defaultPath(requestPath: string): string {
  const lastSlash = requestPath.lastIndexOf('/');
  return lastSlash <= 0 ? '/' : requestPath.slice(0, lastSlash);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) {
    return true;
  }
  if (!requestPath.startsWith(cookiePath)) {
    return false;
  }
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}

export class CookieJar {
  readonly #cookies = new Map<string, StoredCookie>();

  /** Takes the Set-Cookie headers of a response to a request for `url`. */
  store(url: URL, response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      this.#storeOne(url, header);
    }
  }

  #storeOne(url: URL, header: string): void {
    const [pair = '', ...attributes] = header.split(';');
    const separator = pair.indexOf('=');
    if (separator <= 0) {
      return;
    }
    const cookie: StoredCookie = {
      name: pair.slice(0, separator).trim(),
      value: pair.slice(separator + 1).trim(),
      host: url.host,
      path: defaultPath(url.pathname),
      expiresAt: Number.POSITIVE_INFINITY,
    };
    let maxAgeSeen = false;
    for (const attribute of attributes) {
      const eq = attribute.indexOf('=');
      const key = (eq === -1 ? attribute : attribute.slice(0, eq)).trim().toLowerCase();
      const value = eq === -1 ? '' : attribute.slice(eq + 1).trim();
      if (key === 'path' && value.startsWith('/')) {
        cookie.path = value;
      } else if (key === 'max-age' && /^-?\d+$/.test(value)) {
        maxAgeSeen = true;
        cookie.expiresAt = Date.now() + Number(value) * 1000;
      } else if (key === 'expires' && !maxAgeSeen) {
        const expires = Date.parse(value);
        if (!Number.isNaN(expires)) {
          cookie.expiresAt = expires;
        }
      }
    }
    const key = `${cookie.host}\u0000${cookie.path}\u0000${cookie.name}`;
    if (cookie.expiresAt <= Date.now()) {
      this.#cookies.delete(key);
    } else {
      this.#cookies.set(key, cookie);
    }
  }

  /** The Cookie header a browser would send to `url`, or undefined when there is nothing to send. */
  headerFor(url: URL): string | undefined {
    const now = Date.now();
    const matching = [...this.#cookies.entries()]
      .filter(([key, cookie]) => {
        if (cookie.expiresAt <= now) {
          this.#cookies.delete(key);
          return false;
        }
        return cookie.host === url.host && pathMatches(url.pathname, cookie.path);
      })
      .map(([, cookie]) => cookie)
      // Browsers send more specific paths first.
      .sort((a, b) => b.path.length - a.path.length);
    return matching.length === 0 ? undefined : matching.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  }
}
