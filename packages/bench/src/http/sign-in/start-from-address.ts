import { request } from 'node:http';

export interface StartAnswer {
  status: number;
  location: string | null;
  setCookies: string[];
  serverTiming: string | null;
}

/**
 * GET `url` (the API's /auth/esia/login) from a loopback address of the caller's choosing: the API
 * counts and serialises sign-in starts per client address (login-flows.ts), and a region's
 * families come from many addresses, not the load generator's one. Linux routes all of
 * 127.0.0.0/8 to the loopback interface, so 127.0.0.2, 127.0.0.3, … are distinct clients.
 */
export function startFromAddress(url: string, localAddress: string): Promise<StartAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', localAddress, agent: false }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          location: res.headers.location ?? null,
          setCookies: res.headers['set-cookie'] ?? [],
          serverTiming: (res.headers['server-timing'] as string | undefined) ?? null,
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The loopback address worker `index` signs in from (127.0.0.2 onwards: 127.0.0.1 stays the load generator's own). */
export function familyAddress(index: number): string {
  return `127.0.${Math.floor((index + 2) / 256)}.${(index + 2) % 256}`;
}
