import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiConfig } from '../../src/config';
import { startApiServer, type RunningApiServer } from '../../src/server/create-api-server';
import { seededServices } from '../support/test-services';

// Finding 9: without HSTS a browser that once typed the address without https:// can be kept on
// plain http by anyone on its network, session cookie and all.
const publicOrigin = 'https://vhod.example.ru';

let env: Awaited<ReturnType<typeof seededServices>>;
let production: RunningApiServer;
let development: RunningApiServer;

beforeAll(async () => {
  env = await seededServices();
  const base = loadApiConfig({ NODE_ENV: 'test', VHOD_PUBLIC_ORIGIN: publicOrigin });
  production = await startApiServer({ config: { ...base, production: true, email: null }, db: env.db, clock: env.clock, port: 0 });
  development = await startApiServer({ config: { ...base, email: null }, db: env.db, clock: env.clock, port: 0 });
});
afterAll(async () => {
  await production?.close();
  await development?.close();
  await env?.database.close();
});

/** One of each kind of answer: GraphQL over GET and POST, a refusal, a redirect, health, not found. */
async function answersOf(server: RunningApiServer): Promise<Response[]> {
  const graphqlPost = (headers: Record<string, string>) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ viewer { stage } }' }),
    });
  const responses = [
    await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ viewer { stage } }')}`, { headers: { accept: 'application/json' } }),
    await graphqlPost({ origin: publicOrigin }),
    await graphqlPost({}),
    await fetch(`${server.url}/auth/esia/login?role=parent&app=family`, { redirect: 'manual' }),
    await fetch(`${server.url}/healthz`),
    await fetch(`${server.url}/no-such-page`),
  ];
  for (const response of responses) await response.body?.cancel();
  return responses;
}

describe('Strict-Transport-Security (finding 9)', () => {
  it('is on every answer of the API in production', async () => {
    const responses = await answersOf(production);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 403, 303, 200, 404]);
    for (const response of responses) {
      expect(response.headers.get('strict-transport-security'), response.url).toBe('max-age=31536000; includeSubDomains');
    }
  });

  it('is not sent in development, where the API runs on plain http://127.0.0.1', async () => {
    for (const response of await answersOf(development)) expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});
