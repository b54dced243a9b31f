import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffCaller } from '../support/staff-graphql';
import { seededApiServer, type SeededApiServer } from '../support/test-services';

// Finding 3: /graphql reflected any Origin with credentials, so a page on a sibling host read
// person cards with SNILS through a staff member's cookie.
const publicOrigin = 'https://vhod.example.ru';
const extraOrigin = 'https://admin.vhod.example.ru';
const siblingOrigin = 'https://evil.example.ru';
const cards = '{ personCards(first: 1) { edges { node { fullName } } } }';

let api: SeededApiServer;
let staffCookie: string;

beforeAll(async () => {
  api = await seededApiServer({ env: { VHOD_PUBLIC_ORIGIN: publicOrigin, VHOD_CORS_ORIGINS: ` ${extraOrigin} ,` } });
  staffCookie = `vhod_session=${(await staffCaller(api.services, '1000006')).token}`;
});
afterAll(() => api?.close());

function getCards(origin: string) {
  return fetch(`${api.server.url}/graphql?query=${encodeURIComponent(cards)}`, {
    headers: { origin, cookie: staffCookie, accept: 'application/json' },
  });
}
function postCards(origin: string) {
  return fetch(`${api.server.url}/graphql`, {
    method: 'POST',
    headers: { origin, cookie: staffCookie, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: cards }),
  });
}
function preflight(origin: string) {
  return fetch(`${api.server.url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
}

function grantOf(response: Response) {
  return {
    origin: response.headers.get('access-control-allow-origin'),
    credentials: response.headers.get('access-control-allow-credentials'),
  };
}

describe('CORS on /graphql (finding 3)', () => {
  it('gives a page on a foreign origin no grant: its script cannot read the answer of GET, POST or a preflight', async () => {
    for (const response of [await getCards(siblingOrigin), await postCards(siblingOrigin), await preflight(siblingOrigin)]) {
      expect(grantOf(response)).toEqual({ origin: null, credentials: null });
      expect(response.headers.get('access-control-allow-methods')).toBeNull();
      await response.body?.cancel();
    }
  });

  it('grants the public origin, with the cookie, and says the answer varies by Origin', async () => {
    const get = await getCards(publicOrigin);
    expect(grantOf(get)).toEqual({ origin: publicOrigin, credentials: 'true' });
    expect(get.headers.get('vary')).toMatch(/\bOrigin\b/i);
    expect(((await get.json()) as { data: { personCards: { edges: unknown[] } } }).data.personCards.edges).toHaveLength(1);

    const post = await postCards(publicOrigin);
    expect(grantOf(post)).toEqual({ origin: publicOrigin, credentials: 'true' });
    await post.body?.cancel();

    const options = await preflight(publicOrigin);
    expect(grantOf(options)).toEqual({ origin: publicOrigin, credentials: 'true' });
    expect(options.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(options.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
  });

  it('grants an origin listed in VHOD_CORS_ORIGINS', async () => {
    const options = await preflight(extraOrigin);
    expect(grantOf(options)).toEqual({ origin: extraOrigin, credentials: 'true' });
    const post = await postCards(extraOrigin);
    expect(grantOf(post)).toEqual({ origin: extraOrigin, credentials: 'true' });
    expect(post.status).toBe(200);
    await post.body?.cancel();
  });

  it('refuses to start with VHOD_CORS_ORIGINS entries that are not origins', async () => {
    const { loadApiConfig } = await import('../../src/config');
    for (const entry of ['https://vhod.example.ru/', 'https://vhod.example.ru/staff', 'vhod.example.ru', 'javascript:alert(1)']) {
      expect(() => loadApiConfig({ VHOD_CORS_ORIGINS: entry }), entry).toThrow();
    }
    expect(() =>
      loadApiConfig({ NODE_ENV: 'production', VHOD_PUBLIC_ORIGIN: publicOrigin, VHOD_CORS_ORIGINS: 'http://admin.vhod.example.ru' }),
    ).toThrow(/https/);
  });
});
