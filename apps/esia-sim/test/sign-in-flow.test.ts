import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driveParentalConsent, driveSignIn, startEsiaSim, type RunningEsiaSim } from '../src/index';
import { allScopes, discoverTestClient, finishSignIn, prepareAuthorization, testClient } from './support/test-relying-party';
import { testNow } from './support/test-clock';

describe('authorization code flow with PKCE', () => {
  let sim: RunningEsiaSim;
  let config: client.Configuration;

  beforeAll(async () => {
    sim = await startEsiaSim({ development: true, port: 0, clients: [testClient], now: testNow });
    config = await discoverTestClient(sim);
  });

  afterAll(async () => {
    await sim.close();
  });

  it('signs in a confirmed parent and returns her ESIA data with the children from userinfo', async () => {
    const prepared = await prepareAuthorization(config, allScopes);
    const callback = await driveSignIn(prepared.url.href, { subject: '1000001' });

    const callbackUrl = new URL(callback);
    expect(`${callbackUrl.origin}${callbackUrl.pathname}`).toBe(testClient.redirectUris[0]);
    expect(callbackUrl.searchParams.get('state')).toBe(prepared.state);
    expect(callbackUrl.searchParams.get('iss')).toBe(sim.issuer);
    expect(callbackUrl.searchParams.get('code')).toBeTruthy();

    const { tokens, idTokenClaims, userinfo } = await finishSignIn(config, prepared, callback);
    expect(tokens.refresh_token).toBeUndefined();
    expect(idTokenClaims).toMatchObject({ sub: '1000001', iss: sim.issuer, aud: testClient.clientId, nonce: prepared.nonce });
    // conformIdTokenClaims: the ESIA data comes from userinfo only.
    expect(idTokenClaims).not.toHaveProperty('snils');

    expect(userinfo).toEqual({
      sub: '1000001',
      trusted: true,
      account_level: 'confirmed',
      family_name: 'Петрова',
      given_name: 'Анна',
      middle_name: 'Сергеевна',
      birthdate: '1985-04-12',
      gender: 'female',
      snils: '112-233-445 95',
      id_doc: {
        type: 'RF_PASSPORT',
        series: '4510',
        number: '123456',
        issue_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        issued_by: expect.any(String),
      },
      email: 'anna.petrova@example.ru',
      phone_number: '+79000000001',
      kids: [
        {
          id: '1000009',
          family_name: 'Петров',
          given_name: 'Михаил',
          middle_name: 'Андреевич',
          birthdate: '2012-09-01',
          gender: 'male',
          snils: '123-456-789 64',
          birth_cert: { series: 'IV-МЮ', number: '512345' },
        },
        {
          id: expect.any(String),
          family_name: 'Петрова',
          given_name: 'Софья',
          middle_name: 'Андреевна',
          birthdate: '2016-03-15',
          gender: 'female',
          snils: '234-567-890 99',
          birth_cert: { series: 'V-МЮ', number: '634521' },
        },
      ],
    });
  });

  it('tells that an unconfirmed (standard) account is not trusted', async () => {
    const prepared = await prepareAuthorization(config, 'openid fullname snils id_doc');
    const callback = await driveSignIn(prepared.url.href, { subject: '1000005' });
    const { userinfo } = await finishSignIn(config, prepared, callback);
    expect(userinfo).toMatchObject({
      sub: '1000005',
      trusted: false,
      account_level: 'standard',
      family_name: 'Фёдорова',
      snils: '135-792-468 94',
    });
    expect(userinfo.id_doc).toMatchObject({ series: '4513', number: '333444' });
  });

  it('releases only what was asked: no scope, no claim; kid fields follow the kid_* scopes', async () => {
    const prepared = await prepareAuthorization(config, 'openid kid_fullname kid_birthdate');
    const callback = await driveSignIn(prepared.url.href, { subject: '1000002' });
    const { userinfo } = await finishSignIn(config, prepared, callback);
    expect(userinfo).toEqual({
      sub: '1000002',
      trusted: true,
      account_level: 'confirmed',
      kids: [
        { id: expect.any(String), family_name: 'Кузнецов', given_name: 'Иван', middle_name: 'Дмитриевич', birthdate: '2015-02-10' },
        { id: expect.any(String), family_name: 'Кузнецова', given_name: 'Алёна', middle_name: 'Дмитриевна', birthdate: '2021-06-05' },
      ],
    });
  });

  it('accepts client_secret_basic as well as client_secret_post', async () => {
    const basicConfig = await discoverTestClient(sim, client.ClientSecretBasic(testClient.clientSecret));
    const prepared = await prepareAuthorization(basicConfig, 'openid fullname');
    const callback = await driveSignIn(prepared.url.href, { subject: '1000003' });
    const { userinfo } = await finishSignIn(basicConfig, prepared, callback);
    expect(userinfo).toMatchObject({ sub: '1000003', family_name: 'Смирнов' });
  });

  it('rejects a wrong client secret at the token endpoint', async () => {
    const wrongConfig = await client.discovery(new URL(sim.issuer), testClient.clientId, 'not-the-secret', undefined, {
      execute: [client.allowInsecureRequests],
    });
    const prepared = await prepareAuthorization(wrongConfig, 'openid');
    const callback = await driveSignIn(prepared.url.href, { subject: '1000003' });
    await expect(finishSignIn(wrongConfig, prepared, callback)).rejects.toMatchObject({ error: 'invalid_client' });
  });

  it('ends with error=access_denied and ESIA-007004 when the citizen refuses', async () => {
    const prepared = await prepareAuthorization(config, 'openid fullname snils');
    const callback = new URL(await driveSignIn(prepared.url.href, { subject: '1000004', consent: 'deny' }));
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('error_description')).toMatch(/^ESIA-007004: \S/);
    expect(callback.searchParams.get('state')).toBe(prepared.state);
    expect(callback.searchParams.get('iss')).toBe(sim.issuer);
    expect(callback.searchParams.has('code')).toBe(false);
  });

  it('remembers a granted consent for later sign-ins, and asks again for new scopes', async () => {
    const first = await prepareAuthorization(config, 'openid fullname');
    const granted = new URL(await driveSignIn(first.url.href, { subject: '1000006' }));
    expect(granted.searchParams.get('code')).toBeTruthy();

    // A fresh browser (new cookie jar): the consent page is skipped, so "deny" is never used.
    const again = await prepareAuthorization(config, 'openid fullname');
    const remembered = await driveSignIn(again.url.href, { subject: '1000006', consent: 'deny' });
    const { userinfo } = await finishSignIn(config, again, remembered);
    expect(userinfo).toMatchObject({ sub: '1000006', family_name: 'Орлова' });

    const wider = await prepareAuthorization(config, 'openid fullname snils');
    const asked = new URL(await driveSignIn(wider.url.href, { subject: '1000006', consent: 'deny' }));
    expect(asked.searchParams.get('error')).toBe('access_denied');
  });

  it('requires PKCE', async () => {
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: testClient.redirectUris[0] ?? '',
      scope: 'openid',
      state: 'no-pkce',
    });
    const callback = new URL(await driveSignIn(url.href, { subject: '1000001' }));
    expect(callback.searchParams.get('error')).toBe('invalid_request');
    expect(callback.searchParams.get('error_description')).toContain('PKCE');
  });

  it('refuses an unregistered redirect_uri with an error page, not a redirect', async () => {
    const prepared = await prepareAuthorization(config, 'openid');
    prepared.url.searchParams.set('redirect_uri', 'http://127.0.0.1:3999/elsewhere');
    await expect(driveSignIn(prepared.url.href, { subject: '1000001' })).rejects.toThrow(/redirect_uri/);
  });

  it('driveSignIn rejects an unknown citizen before touching the sim', async () => {
    const prepared = await prepareAuthorization(config, 'openid');
    await expect(driveSignIn(prepared.url.href, { subject: '42' })).rejects.toThrow(/no demo citizen/);
  });

  it('runs many sign-ins in parallel without them interfering', async () => {
    // Михаил is a minor: his mother lets him into the client first.
    await driveSignIn((await prepareAuthorization(config, 'openid')).url.href, { subject: '1000009' });
    await driveParentalConsent(sim.issuer, '1000001');
    const subjects = ['1000001', '1000002', '1000003', '1000007', '1000008', '1000009'];
    const results = await Promise.all(
      subjects.map(async (subject) => {
        const prepared = await prepareAuthorization(config, 'openid fullname');
        const callback = await driveSignIn(prepared.url.href, { subject });
        return (await finishSignIn(config, prepared, callback)).userinfo.sub;
      }),
    );
    expect(results).toEqual(subjects);
  });
});
