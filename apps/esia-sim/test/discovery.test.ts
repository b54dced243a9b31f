import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esiaScopes, startEsiaSim, type RunningEsiaSim } from '../src/index';
import { testClient } from './support/test-relying-party';
import { testNow } from './support/test-clock';

describe('discovery', () => {
  let sim: RunningEsiaSim;

  beforeAll(async () => {
    sim = await startEsiaSim({ development: true, port: 0, clients: [testClient], now: testNow });
  });

  afterAll(async () => {
    await sim.close();
  });

  it('issues on 127.0.0.1 with the port it listens on', () => {
    expect(sim.port).toBeGreaterThan(0);
    expect(sim.issuer).toBe(`http://127.0.0.1:${sim.port}`);
  });

  it('publishes the issuer, PKCE S256, the ESIA scopes and no dynamic registration', async () => {
    const response = await fetch(`${sim.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const metadata = (await response.json()) as Record<string, unknown>;

    expect(metadata.issuer).toBe(sim.issuer);
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining([...esiaScopes]));
    expect(metadata.scopes_supported).not.toContain('offline_access');
    expect(metadata.response_types_supported).toEqual(['code']);
    expect(metadata.authorization_response_iss_parameter_supported).toBe(true);
    expect(metadata.token_endpoint_auth_methods_supported).toEqual(expect.arrayContaining(['client_secret_basic', 'client_secret_post']));
    expect(metadata.id_token_signing_alg_values_supported).toContain('RS256');
    expect(metadata.claims_supported).toEqual(
      expect.arrayContaining(['sub', 'trusted', 'account_level', 'snils', 'id_doc', 'kids', 'phone_number']),
    );
    expect(metadata.registration_endpoint).toBeUndefined();
    expect(metadata.end_session_endpoint).toBe(`${sim.issuer}/session/end`);
  });

  it('serves an RS256 signing key', async () => {
    const response = await fetch(`${sim.issuer}/jwks`);
    const jwks = (await response.json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('lists the citizens and the discovery URL on the index page', async () => {
    const response = await fetch(`${sim.issuer}/`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain(`${sim.issuer}/.well-known/openid-configuration`);
    expect(page).toContain('Петрова Анна Сергеевна');
    expect(page).toContain('Госуслуги — тестовая среда (разработка)');
    expect(page).toContain('<a href="/cabinet">Личный кабинет (согласия для детей)</a>');
    expect(page).toContain('Петрова Софья Андреевна');
  });
});
