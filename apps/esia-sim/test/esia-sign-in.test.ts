import { pureJsVerifier } from '@vhod/gost';
import { describe, expect, it } from 'vitest';
import { consentDeniedDescription, driveParentalConsent, driveSignIn, parentalConsentRequiredDescription } from '../src/index';
import { Browser } from './support/browser';
import { esiaTestClient, jwtParts, useEsiaTestSim } from './support/esia-relying-party';

describe('signing in over ESIA’s protocol', () => {
  const t = useEsiaTestSim();

  /** The browser's trip through the sim: authorization request, login, consent, back at the redirect URI. */
  async function signIn(subject: string, scope?: string, consent: 'grant' | 'deny' = 'grant') {
    const { url, state } = await t.rp.authorizationUrl({ scope });
    const callback = new URL(await driveSignIn(url.href, { subject, consent }));
    return { callback, state };
  }

  async function readJson(path: string, accessToken: string): Promise<unknown> {
    const response = await t.rp.read(path, accessToken);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    return response.json();
  }

  const eTag = expect.stringMatching(/^[0-9A-F]{40}$/);

  it('signs in a confirmed parent: a code, GOST-signed tokens, and every /rs resource in ESIA’s formats', async () => {
    const { callback, state } = await signIn('1000001');
    expect(`${callback.origin}${callback.pathname}`).toBe(t.rp.redirectUri);
    expect([...callback.searchParams.keys()].sort()).toEqual(['code', 'state']);
    expect(callback.searchParams.get('state')).toBe(state);

    const exchange = await t.rp.exchange(callback.searchParams.get('code') ?? '');
    expect(exchange.status).toBe(200);
    expect(exchange.body).toEqual({
      access_token: expect.any(String),
      id_token: expect.any(String),
      state: exchange.state,
      token_type: 'Bearer',
      expires_in: 3600,
    });
    expect(exchange.state).not.toBe(state);

    const accessToken = String(exchange.body.access_token);
    const idToken = String(exchange.body.id_token);
    for (const [token, kind] of [
      [accessToken, 'access'],
      [idToken, 'id'],
    ] as const) {
      const [header = '', payload = '', signature = ''] = token.split('.');
      const signed = new TextEncoder().encode(`${header}.${payload}`);
      expect(await pureJsVerifier().verify(signed, Buffer.from(signature, 'base64url'), t.sim.tokenCertificatePem)).toBe(true);
      expect(jwtParts(token).header).toEqual({ alg: 'GOST3410_2012_256', typ: 'JWT', ver: 1, sbt: kind });
    }
    const now = Date.parse('2026-11-23T09:00:00Z') / 1000;
    expect(t.sim.tokenIssuer).toBe(`${t.sim.issuer}/`);
    expect(jwtParts(accessToken).payload).toEqual({
      iss: t.sim.tokenIssuer,
      client_id: esiaTestClient.clientId,
      'urn:esia:sbj_id': 1000001,
      scope:
        'openid fullname birthdate gender snils id_doc email mobile kid_fullname kid_birthdate kid_gender kid_snils kid_birth_cert_doc',
      iat: now,
      nbf: now,
      exp: now + 3600,
      'urn:esia:sid': expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(jwtParts(idToken).payload).toEqual({
      iss: t.sim.tokenIssuer,
      aud: esiaTestClient.clientId,
      sub: 1000001,
      iat: now,
      nbf: now,
      exp: now + 3600,
      auth_time: now,
      amr: 'PWD',
      'urn:esia:sid': jwtParts(accessToken).payload['urn:esia:sid'],
      'urn:esia:sbj': { 'urn:esia:sbj:typ': 'P', 'urn:esia:sbj:oid': 1000001, 'urn:esia:sbj:is_tru': true },
    });

    expect(await readJson('/rs/prns/1000001', accessToken)).toEqual({
      firstName: 'Анна',
      lastName: 'Петрова',
      middleName: 'Сергеевна',
      birthDate: '12.04.1985',
      gender: 'F',
      snils: '112-233-445 95',
      trusted: true,
      eTag,
    });
    expect(await readJson('/rs/prns/1000001/docs?embed=(elements)', accessToken)).toEqual({
      stateFacts: ['hasSize'],
      size: 1,
      elements: [
        {
          id: 100000101,
          type: 'RF_PASSPORT',
          vrfStu: 'VERIFIED',
          series: '4510',
          number: '123456',
          issueDate: '17.06.2010',
          issuedBy: 'ГУ МВД России по г. Москве',
          eTag,
        },
      ],
      eTag,
    });
    expect(await readJson('/rs/prns/1000001/ctts?embed=(elements)', accessToken)).toEqual({
      stateFacts: ['hasSize'],
      size: 2,
      elements: [
        { id: 100000111, type: 'EML', vrfStu: 'VERIFIED', value: 'anna.petrova@example.ru', eTag },
        { id: 100000112, type: 'MBT', vrfStu: 'VERIFIED', value: '+7(900)0000001', eTag },
      ],
      eTag,
    });
    expect(await readJson('/rs/prns/1000001/kids?embed=(elements)', accessToken)).toEqual({
      stateFacts: ['hasSize'],
      size: 2,
      elements: [
        {
          id: '1000009',
          firstName: 'Михаил',
          lastName: 'Петров',
          middleName: 'Андреевич',
          birthDate: '01.09.2012',
          gender: 'M',
          snils: '123-456-789 64',
          eTag,
        },
        {
          id: '2000001',
          firstName: 'Софья',
          lastName: 'Петрова',
          middleName: 'Андреевна',
          birthDate: '15.03.2016',
          gender: 'F',
          snils: '234-567-890 99',
          eTag,
        },
      ],
      eTag,
    });
    expect(await readJson('/rs/prns/1000001/kids/1000009/docs?embed=(elements)', accessToken)).toEqual({
      stateFacts: ['hasSize'],
      size: 1,
      elements: [
        { id: 100000902, type: 'RF_BRTH_CERT', vrfStu: 'VERIFIED', series: 'IV-МЮ', number: '512345', issueDate: '14.09.2012', eTag },
      ],
      eTag,
    });
    expect(await readJson('/rs/prns/1000001/kids/2000001/docs?embed=(elements)', accessToken)).toMatchObject({
      elements: [{ type: 'RF_BRTH_CERT', series: 'V-МЮ', number: '634521', issueDate: '29.03.2016' }],
    });
  });

  it('without embed=(elements) a collection links its elements, and each link answers', async () => {
    const { accessToken } = await t.rp.tokensFor('1000001');
    const docs = (await readJson('/rs/prns/1000001/docs', accessToken)) as { elements: string[] };
    expect(docs.elements).toEqual([`${t.sim.issuer}/rs/prns/1000001/docs/100000101`]);
    expect(await readJson(new URL(docs.elements[0] ?? '').pathname, accessToken)).toMatchObject({ type: 'RF_PASSPORT', number: '123456' });
    const kids = (await readJson('/rs/prns/1000001/kids', accessToken)) as { elements: string[] };
    expect(kids.elements).toEqual([`${t.sim.issuer}/rs/prns/1000001/kids/1000009`, `${t.sim.issuer}/rs/prns/1000001/kids/2000001`]);
    expect(await readJson('/rs/prns/1000001/kids/2000001', accessToken)).toMatchObject({ firstName: 'Софья', birthDate: '15.03.2016' });
  });

  it('tells that an unconfirmed account is not trusted, in the person and in the ID token', async () => {
    const { accessToken, idToken } = await t.rp.tokensFor('1000005');
    expect(jwtParts(idToken).payload['urn:esia:sbj']).toEqual({
      'urn:esia:sbj:typ': 'P',
      'urn:esia:sbj:oid': 1000005,
      'urn:esia:sbj:is_tru': false,
    });
    expect(await readJson('/rs/prns/1000005', accessToken)).toMatchObject({
      lastName: 'Фёдорова',
      snils: '135-792-468 94',
      trusted: false,
    });
  });

  it('gives Софья (a child account) her birth certificate as the document, and no contacts', async () => {
    await signIn('2000001');
    await driveParentalConsent(t.sim.issuer, '1000001');
    const { accessToken } = await t.rp.tokensFor('2000001');
    expect(await readJson('/rs/prns/2000001/docs?embed=(elements)', accessToken)).toMatchObject({
      size: 1,
      elements: [{ type: 'RF_BRTH_CERT', series: 'V-МЮ', number: '634521', issueDate: '29.03.2016' }],
    });
    expect(await readJson('/rs/prns/2000001/ctts?embed=(elements)', accessToken)).toMatchObject({ size: 0, elements: [] });
  });

  it('refuses Михаил (a minor) with ESIA-007004 until his mother consents in the cabinet, then lets him in', async () => {
    const refused = await signIn('1000009');
    expect(refused.callback.searchParams.get('error')).toBe('access_denied');
    expect(refused.callback.searchParams.get('error_description')).toBe(parentalConsentRequiredDescription);
    expect(refused.callback.searchParams.get('state')).toBe(refused.state);
    expect(refused.callback.searchParams.has('code')).toBe(false);

    expect(await driveParentalConsent(t.sim.issuer, '1000001')).toBe(1);

    const { accessToken } = await t.rp.tokensFor('1000009');
    expect(await readJson('/rs/prns/1000009', accessToken)).toMatchObject({ firstName: 'Михаил', birthDate: '01.09.2012', trusted: true });
    expect(await readJson('/rs/prns/1000009/docs?embed=(elements)', accessToken)).toMatchObject({
      elements: [{ type: 'RF_PASSPORT', series: '4526', number: '100200' }],
    });
  });

  it('ends with access_denied and ESIA-007004 when the citizen refuses on the consent page', async () => {
    const { callback, state } = await signIn('1000004', undefined, 'deny');
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('error_description')).toBe(consentDeniedDescription);
    expect(callback.searchParams.get('state')).toBe(state);
    expect(callback.searchParams.has('code')).toBe(false);
  });

  it('remembers the consent: a later sign-in from another browser is not asked again unless it wants more', async () => {
    await signIn('1000006', 'openid fullname');
    const again = await signIn('1000006', 'openid fullname', 'deny');
    expect(again.callback.searchParams.get('code')).toBeTruthy();
    const wider = await signIn('1000006', 'openid fullname snils', 'deny');
    expect(wider.callback.searchParams.get('error_description')).toBe(consentDeniedDescription);
  });

  it('keeps the browser’s ESIA session across sign-ins, and /idp/ext/Logout ends it, back to a registered address only', async () => {
    const browser = new Browser();
    const login = await browser.open((await t.rp.authorizationUrl()).url, t.sim.issuer);
    expect(login.html).toContain('data-esia-sim-page="login"');
    const consent = await browser.open(new URL(`${login.url.pathname}/login-as`, t.sim.issuer), t.sim.issuer, { subject: '1000003' });
    expect(consent.html).toContain('data-esia-sim-page="consent"');
    expect(consent.html).toContain('Предоставление прав доступа');
    expect(consent.html).toContain('Смирнов Алексей Николаевич');
    expect(consent.html).toContain(`Система «Вход в Сетевой город» (${esiaTestClient.clientId}) запрашивает доступ к следующим данным:`);
    const signedIn = await browser.open(new URL(`${consent.url.pathname}/consent`, t.sim.issuer), t.sim.issuer, { decision: 'grant' });
    expect(signedIn.leftTo?.searchParams.get('code')).toBeTruthy();

    const sso = await browser.open((await t.rp.authorizationUrl()).url, t.sim.issuer);
    expect(sso.leftTo?.searchParams.get('code')).toBeTruthy();

    const logout = new URL('/idp/ext/Logout', t.sim.issuer);
    logout.search = new URLSearchParams({ client_id: esiaTestClient.clientId, redirect_url: 'http://127.0.0.1:3999/' }).toString();
    const loggedOut = await browser.open(logout, t.sim.issuer);
    expect(loggedOut.leftTo?.href).toBe('http://127.0.0.1:3999/');
    const afterLogout = await browser.open((await t.rp.authorizationUrl()).url, t.sim.issuer);
    expect(afterLogout.html).toContain('data-esia-sim-page="login"');

    // Signed in again, then out towards an address nobody registered: ESIA's own page, and still signed out.
    await browser.open(new URL(`${afterLogout.url.pathname}/login-as`, t.sim.issuer), t.sim.issuer, { subject: '1000003' });
    logout.searchParams.set('redirect_url', 'http://127.0.0.1:3999/elsewhere');
    const stayed = await browser.open(logout, t.sim.issuer);
    expect(stayed.leftTo).toBeUndefined();
    expect(stayed.status).toBe(200);
    expect(stayed.html).toContain('data-esia-sim-page="logged-out"');
    const afterSecondLogout = await browser.open((await t.rp.authorizationUrl()).url, t.sim.issuer);
    expect(afterSecondLogout.html).toContain('data-esia-sim-page="login"');
  });

  it('signs in with the Госуслуги form too, and keeps a wrong password on the login page', async () => {
    const browser = new Browser();
    const login = await browser.open((await t.rp.authorizationUrl({ scope: 'openid fullname' })).url, t.sim.issuer);
    const wrong = await browser.open(new URL(`${login.url.pathname}/login`, t.sim.issuer), t.sim.issuer, {
      login: '+79000000002',
      password: 'x',
    });
    expect(wrong.html).toContain('Неверный логин или пароль');
    const consent = await browser.open(new URL(`${login.url.pathname}/login`, t.sim.issuer), t.sim.issuer, {
      login: '8 (900) 000-00-02',
      password: 'demo',
    });
    expect(consent.html).toContain('Кузнецова Ольга Викторовна');
  });

  it('refuses the steps of a finished or unknown sign-in', async () => {
    const browser = new Browser();
    const login = await browser.open((await t.rp.authorizationUrl()).url, t.sim.issuer);
    const consent = await browser.open(new URL(`${login.url.pathname}/login-as`, t.sim.issuer), t.sim.issuer, { subject: '1000003' });
    await browser.open(new URL(`${consent.url.pathname}/consent`, t.sim.issuer), t.sim.issuer, { decision: 'grant' });
    const replay = await browser.open(new URL(`${consent.url.pathname}/consent`, t.sim.issuer), t.sim.issuer, { decision: 'grant' });
    expect(replay.status).toBe(400);
    expect(replay.html).toContain('Сеанс входа не найден или истёк');
    const unknown = await fetch(new URL('/login/nothing-here', t.sim.issuer));
    expect(unknown.status).toBe(400);
    await unknown.body?.cancel();
  });
});
