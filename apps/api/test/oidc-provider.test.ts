import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accounts, persons } from '@vhod/db';
import { and, eq } from 'drizzle-orm';
import { createLocalJWKSet, decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meta } from './support/test-services';
import {
  browserSignedIn,
  browserWithSession,
  diaryRedirect,
  followRedirects,
  providerServer,
  registerClient,
  relyingParty,
  type ProviderServer,
} from './support/oidc-relying-party';
import { esiaPerson } from './support/esia-people';

const developmentKeys = fileURLToPath(new URL('../src/oidc-provider/development-only-jwks.json', import.meta.url));

let server: ProviderServer;
let diary: { clientId: string; secret: string };

beforeAll(async () => {
  server = await providerServer();
  const { client, secret } = await registerClient(server.services);
  diary = { clientId: client.clientId, secret: secret! };
});
afterAll(async () => {
  await server?.close();
});

async function personIdOf(lastName: string, firstName: string) {
  const [person] = await server.db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.lastName, lastName), eq(persons.firstName, firstName)));
  return person!.id;
}

/** The whole round trip a diary makes for a browser signed in to Vhod; the tokens the diary gets. */
async function signInThroughVhod(subject: string, role: 'parent' | 'student' = 'parent', params: Record<string, string> = {}) {
  const rp = await relyingParty(server.issuer, diary.clientId, diary.secret);
  const browser = await browserSignedIn(server, subject, role, params.organisation);
  const { organisation: _organisation, ...authorization } = params;
  const request = await rp.start(authorization);
  const callback = await followRedirects(browser, request.url, server.origin);
  return { rp, browser, request, callback, tokens: await rp.finish(callback, request) };
}

describe('Vhod as an OpenID Provider', () => {
  it('publishes its discovery document and keys: the code flow with PKCE, the scopes and the logouts it offers', async () => {
    const { configuration } = await relyingParty(server.issuer, diary.clientId, diary.secret);
    const metadata = configuration.serverMetadata();
    expect(metadata.issuer).toBe(server.issuer);
    expect(metadata.response_types_supported).toEqual(['code']);
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining(['openid', 'profile', 'school_account', 'children']));
    expect(metadata.claims_supported).toEqual(expect.arrayContaining(['sub', 'family_name', 'school_account', 'children']));
    expect(metadata.backchannel_logout_supported).toBe(true);
    expect(metadata.end_session_endpoint).toBe(`${server.issuer}/session/end`);
    expect(metadata.id_token_signing_alg_values_supported).not.toContain('HS256');
    const jwks = (await (await fetch(metadata.jwks_uri!)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys.map((key) => key.kid)).toEqual(['vhod-development-2026']);
    expect(jwks.keys.every((key) => !('d' in key))).toBe(true);
  });

  it('signs a student in with code + PKCE + nonce: the ID token names the person and the school account', async () => {
    const { tokens } = await signInThroughVhod('1000009', 'student');
    const claims = tokens.claims()!;
    expect(claims.sub).toBe(await personIdOf('Петров', 'Михаил'));
    expect(claims).toMatchObject({
      iss: server.issuer,
      aud: diary.clientId,
      family_name: 'Петров',
      given_name: 'Михаил',
      middle_name: 'Андреевич',
      name: 'Петров Михаил Андреевич',
      school_account: { role: 'student', class: '8А', organisation: { name: 'МБОУ «Школа № 1»', type: 'school' } },
      children: [],
    });
    expect(tokens.expiresIn()).toBeLessThanOrEqual(600);
    const userinfo = await oidc.fetchUserInfo(
      (await relyingParty(server.issuer, diary.clientId, diary.secret)).configuration,
      tokens.access_token,
      claims.sub,
    );
    expect(userinfo.school_account).toEqual(claims.school_account);
  });

  it('lists a parent’s children with their schools and classes', async () => {
    const { tokens } = await signInThroughVhod('1000001');
    const claims = tokens.claims()!;
    expect(claims.school_account).toMatchObject({ role: 'parent', class: null, organisation: { name: 'МБОУ «Школа № 1»' } });
    expect(claims.children).toEqual([
      expect.objectContaining({
        name: 'Петров Михаил Андреевич',
        class: '8А',
        organisation: expect.objectContaining({ name: 'МБОУ «Школа № 1»' }),
      }),
      expect.objectContaining({ name: 'Петрова Софья Андреевна', class: '4Б' }),
    ]);
    expect((claims.children as Array<{ id: string }>)[0]!.id).toBe(await personIdOf('Петров', 'Михаил'));
  });

  it('refuses an ID token whose nonce is not the one the client sent', async () => {
    const rp = await relyingParty(server.issuer, diary.clientId, diary.secret);
    const browser = await browserSignedIn(server, '1000001');
    const request = await rp.start();
    const callback = await followRedirects(browser, request.url, server.origin);
    await expect(rp.finish(callback, { ...request, nonce: oidc.randomNonce() })).rejects.toMatchObject({
      cause: { code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED', cause: { claim: 'nonce' } },
    });
  });

  it('signs the ID token with a key it publishes', async () => {
    const { tokens, rp } = await signInThroughVhod('1000001');
    const jwks = (await (await fetch(rp.configuration.serverMetadata().jwks_uri!)).json()) as Parameters<typeof createLocalJWKSet>[0];
    const { payload, protectedHeader } = await jwtVerify(tokens.id_token!, createLocalJWKSet(jwks), {
      issuer: server.issuer,
      audience: diary.clientId,
    });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: 'vhod-development-2026' });
    expect(payload.sub).toBe(await personIdOf('Петрова', 'Анна'));
  });

  it('selects the account of the organisation the client hints at, without asking', async () => {
    const kindergarten = await server.db.query.organisations.findFirst({ where: (o, { like }) => like(o.name, '%Детский сад № 5%') });
    const rp = await relyingParty(server.issuer, diary.clientId, diary.secret);
    // Кузнецова signs in to Vhod and chooses Школа № 1; the kindergarten's system asks for its own account.
    const browser = await browserSignedIn(server, '1000002', 'parent', 'МБОУ «Школа № 1»');
    const request = await rp.start({ login_hint: kindergarten!.id });
    const callback = await followRedirects(browser, request.url, server.origin);
    const claims = (await rp.finish(callback, request)).claims()!;
    expect(claims.school_account).toMatchObject({ organisation: { name: 'МБДОУ «Детский сад № 5 „Солнышко“»' } });
    expect(claims.children).toEqual([
      expect.objectContaining({ name: 'Кузнецов Иван Дмитриевич' }),
      expect.objectContaining({ name: 'Кузнецова Алёна Дмитриевна' }),
    ]);
  });

  it('lets the hint answer «Выберите организацию» for a person who has just signed in to Vhod', async () => {
    const kindergarten = await server.db.query.organisations.findFirst({ where: (o, { like }) => like(o.name, '%Детский сад № 5%') });
    const { token, session } = await server.services.signIn.afterEsia(esiaPerson('1000002'), 'parent', 'family', meta);
    if (session.stage === 'consent') await server.services.signIn.giveConsent(session, meta);
    const rp = await relyingParty(server.issuer, diary.clientId, diary.secret);
    const request = await rp.start({ login_hint: kindergarten!.id });
    const callback = await followRedirects(browserWithSession(server, token), request.url, server.origin);
    const claims = (await rp.finish(callback, request)).claims()!;
    expect(claims.school_account).toMatchObject({ organisation: { id: kindergarten!.id } });
  });

  it('sends a browser without a Vhod session to Vhod’s own sign-in, and a citizen nobody matched stays there', async () => {
    const rp = await relyingParty(server.issuer, diary.clientId, diary.secret);
    const anonymous = await followRedirects(new (await import('@vhod/esia-sim')).CookieJar(), (await rp.start()).url, server.origin);
    expect(anonymous.pathname).toMatch(/^\/authorize\/[\w-]+$/);

    const { token } = await server.services.signIn.afterEsia(esiaPerson('1000004'), 'parent', 'family', meta);
    const unknown = await followRedirects(browserWithSession(server, token), (await rp.start()).url, server.origin);
    expect(unknown.origin).toBe(server.origin);
    expect(unknown.pathname).toMatch(/^\/authorize\//);
  });

  it('refuses a redirect URI the client did not register, without going there', async () => {
    const rp = await relyingParty(server.issuer, diary.clientId, diary.secret);
    const browser = await browserSignedIn(server, '1000001');
    const request = await rp.start({ redirect_uri: 'http://127.0.0.1:4010/elsewhere' });
    const landed = await followRedirects(browser, request.url, server.origin);
    expect(landed.href).toBe(`${server.origin}/auth-error?code=client-request-refused`);
  });

  it('refuses a public client’s authorization request without PKCE', async () => {
    const { client } = await registerClient(server.services, { name: 'Мобильный дневник', authMethod: 'none' });
    const rp = await relyingParty(server.issuer, client.clientId, null);
    const browser = await browserSignedIn(server, '1000001');
    const url = oidc.buildAuthorizationUrl(rp.configuration, {
      redirect_uri: diaryRedirect,
      scope: 'openid profile',
      nonce: oidc.randomNonce(),
    });
    const landed = await followRedirects(browser, url, server.origin);
    expect(landed.origin + landed.pathname).toBe(diaryRedirect);
    expect(landed.searchParams.get('error')).toBe('invalid_request');
    expect(landed.searchParams.get('error_description')).toMatch(/PKCE/);
    expect(landed.searchParams.has('code')).toBe(false);

    // With PKCE the same public client is served.
    const request = await rp.start({ scope: 'openid profile' });
    const callback = await followRedirects(browser, request.url, server.origin);
    expect((await rp.finish(callback, request)).claims()!.name).toBe('Петрова Анна Сергеевна');
  });

  it('serves a private_key_jwt client, which proves itself with its key and has no secret', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'library-1', alg: 'ES256', use: 'sig' }] });
    const { client, secret } = await registerClient(server.services, { name: 'Библиотека ключей', authMethod: 'private_key_jwt', jwks });
    expect(secret).toBeNull();
    const rp = await relyingParty(server.issuer, client.clientId, oidc.PrivateKeyJwt({ key: privateKey, kid: 'library-1' }));
    const request = await rp.start();
    const callback = await followRedirects(await browserSignedIn(server, '1000001'), request.url, server.origin);
    expect((await rp.finish(callback, request)).claims()!.name).toBe('Петрова Анна Сергеевна');

    const stranger = await relyingParty(server.issuer, client.clientId, oidc.PrivateKeyJwt((await generateKeyPair('ES256')).privateKey));
    const another = await stranger.start();
    const code = await followRedirects(await browserSignedIn(server, '1000001'), another.url, server.origin);
    await expect(stranger.finish(code, another)).rejects.toMatchObject({ status: 401 });
  });

  it('refuses a revoked client at once: its new sign-ins, its code and its tokens', async () => {
    const { client, secret, admin } = await registerClient(server.services, { name: 'Библиотека' });
    const rp = await relyingParty(server.issuer, client.clientId, secret);
    const browser = await browserSignedIn(server, '1000001');
    const before = await rp.start();
    const tokens = await rp.finish(await followRedirects(browser, before.url, server.origin), before);
    const pending = await rp.start();
    const code = await followRedirects(browser, pending.url, server.origin);

    await server.services.oidcClients.revoke(admin, client.id, meta);

    const again = await followRedirects(browser, (await rp.start()).url, server.origin);
    expect(again.href).toBe(`${server.origin}/auth-error?code=client-request-refused`);
    await expect(rp.finish(code, pending)).rejects.toMatchObject({ status: 401, cause: [{ parameters: { error: 'invalid_client' } }] });
    await expect(oidc.fetchUserInfo(rp.configuration, tokens.access_token, tokens.claims()!.sub)).rejects.toThrow();
  });

  it('gives a pairwise client a subject of its own, the same on every sign-in', async () => {
    const { client, secret } = await registerClient(server.services, { name: 'Олимпиады', pairwise: true });
    const rp = await relyingParty(server.issuer, client.clientId, secret);
    const subjects: string[] = [];
    for (let round = 0; round < 2; round++) {
      const browser = await browserSignedIn(server, '1000001');
      const request = await rp.start();
      const claims = (await rp.finish(await followRedirects(browser, request.url, server.origin), request)).claims()!;
      subjects.push(claims.sub);
      expect((claims.children as Array<{ id: string }>)[0]!.id).not.toBe(await personIdOf('Петров', 'Михаил'));
    }
    expect(subjects[0]).toBe(subjects[1]);
    expect(subjects[0]).not.toBe(await personIdOf('Петрова', 'Анна'));
  });

  it('asks an untrusted client’s users for consent once, per person', async () => {
    const { client, secret } = await registerClient(server.services, { name: 'Кружки города', trusted: false, scopes: ['profile'] });
    const rp = await relyingParty(server.issuer, client.clientId, secret);
    const browser = await browserSignedIn(server, '1000001');
    const first = await rp.start({ scope: 'openid profile' });
    const consentPage = await followRedirects(browser, first.url, server.origin);
    expect(consentPage.pathname).toMatch(/^\/authorize\//);

    const person = await personIdOf('Петрова', 'Анна');
    const [account] = await server.db.select().from(accounts).where(eq(accounts.personId, person));
    await server.services.oidc.consents.record(
      { personId: person, accountId: account!.id, esiaSubject: '1000001', clientId: client.clientId, scopes: ['profile'] },
      meta,
    );
    const back = await followRedirects(
      browser,
      new URL(`/oidc/interaction${consentPage.pathname.slice('/authorize'.length)}`, server.origin),
      server.origin,
    );
    expect((await rp.finish(back, first)).claims()!.name).toBe('Петрова Анна Сергеевна');

    const second = await rp.start({ scope: 'openid profile' });
    const callback = await followRedirects(await browserSignedIn(server, '1000001'), second.url, server.origin);
    expect(callback.origin + callback.pathname).toBe(diaryRedirect);
  });
});

describe('signing keys', () => {
  it('rotate: the new key signs, the old one stays published, and a client that cached the old set follows', async () => {
    const rotating = await providerServer();
    try {
      const { client, secret } = await registerClient(rotating.services);
      const rp = await relyingParty(rotating.issuer, client.clientId, secret);
      const before = await rp.start();
      const oldToken = await rp.finish(
        await followRedirects(await browserSignedIn(rotating, '1000001'), before.url, rotating.origin),
        before,
      );

      const newKey = {
        ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
        kid: 'vhod-2027',
        alg: 'RS256',
        use: 'sig',
      };
      const oldKeys = (JSON.parse(readFileSync(developmentKeys, 'utf8')) as { keys: object[] }).keys;
      const file = join(mkdtempSync(join(tmpdir(), 'vhod-oidc-keys-')), 'jwks.json');
      writeFileSync(file, JSON.stringify({ keys: [newKey, ...oldKeys] }));
      await rotating.restart({ VHOD_OIDC_KEYS: file });

      // The same relying party object, with the key set it fetched before the rotation.
      const after = await rp.start();
      const newToken = await rp.finish(
        await followRedirects(await browserSignedIn(rotating, '1000001'), after.url, rotating.origin),
        after,
      );
      expect(decodeProtectedHeader(newToken.id_token!).kid).toBe('vhod-2027');

      const published = (await (await fetch(`${rotating.issuer}/jwks`)).json()) as Parameters<typeof createLocalJWKSet>[0];
      expect(published.keys.map((key) => key.kid)).toEqual(['vhod-2027', 'vhod-development-2026']);
      await expect(jwtVerify(oldToken.id_token!, createLocalJWKSet(published), { issuer: rotating.issuer })).resolves.toBeTruthy();
    } finally {
      await rotating.close();
    }
  });
});
