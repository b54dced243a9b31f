import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logoutTokenVerifier } from '../src/logout-token';

const issuer = 'http://127.0.0.1/oidc';
const clientId = 'diary-demo';
const event = { 'http://schemas.openid.net/event/backchannel-logout': {} };
let keys: Server;
let signingKey: CryptoKey;
let verify: ReturnType<typeof logoutTokenVerifier>;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  signingKey = pair.privateKey;
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' }] });
  keys = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
  await new Promise<void>((done) => keys.listen(0, '127.0.0.1', done));
  verify = logoutTokenVerifier({ issuer, clientId, jwksUri: `http://127.0.0.1:${(keys.address() as AddressInfo).port}/jwks` });
});
afterAll(() => new Promise((done) => keys.close(done)));

function logoutToken(payload: JWTPayload, { typ = 'logout+jwt', audience = clientId } = {}) {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'ES256', kid: 'k1', typ })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setJti('j1')
    .sign(signingKey);
}

describe('the diary’s check of a logout token', () => {
  it('names the person and the Vhod session to sign out', async () => {
    await expect(verify(await logoutToken({ sub: 'person', sid: 'vhod-session', events: event }))).resolves.toEqual({
      sub: 'person',
      sid: 'vhod-session',
    });
  });

  it.each([
    ['without the logout event', { sub: 'person', sid: 's' }, {}],
    ['with a nonce (an ID token passed off as a logout token)', { sub: 'person', sid: 's', events: event, nonce: 'n' }, {}],
    ['for another client', { sub: 'person', sid: 's', events: event }, { audience: 'library' }],
    ['of another type', { sub: 'person', sid: 's', events: event }, { typ: 'JWT' }],
  ])('refuses one %s', async (_name, payload, options) => {
    await expect(verify(await logoutToken(payload, options))).rejects.toThrow();
  });
});
