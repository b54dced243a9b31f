import type * as client from 'openid-client';
import { afterEach, describe, expect, it } from 'vitest';
import {
  consentDeniedDescription,
  driveParentalConsent,
  driveSignIn,
  parentalConsentRequiredDescription,
  startEsiaSim,
  type EsiaSimOptions,
  type RunningEsiaSim,
} from '../src/index';
import { Browser } from './support/browser';
import { openCabinetAs, pendingRequestIds } from './support/cabinet';
import { discoverTestClient, finishSignIn, otherTestClient, prepareAuthorization, testClient } from './support/test-relying-party';
import { testNow } from './support/test-clock';

const schoolScopes = 'openid fullname birthdate snils id_doc email mobile';

describe('parental consent for minors', () => {
  let sim: RunningEsiaSim;
  let config: client.Configuration;

  async function start(options: Partial<EsiaSimOptions> = {}): Promise<void> {
    sim = await startEsiaSim({ development: true, port: 0, clients: [testClient, otherTestClient], now: testNow, ...options });
    config = await discoverTestClient(sim);
  }

  afterEach(async () => {
    await sim.close();
  });

  async function signIn(subject: string, scope = schoolScopes, consent: 'grant' | 'deny' = 'grant') {
    const prepared = await prepareAuthorization(config, scope);
    const callback = await driveSignIn(prepared.url.href, { subject, consent });
    return { prepared, callback, url: new URL(callback) };
  }

  function expectParentalRefusal(url: URL, state: string): void {
    expect(url.searchParams.get('error')).toBe('access_denied');
    expect(url.searchParams.get('error_description')).toBe(parentalConsentRequiredDescription);
    expect(url.searchParams.get('error_description')).toMatch(/^ESIA-007004: .*согласие законного представителя/);
    expect(url.searchParams.get('state')).toBe(state);
    expect(url.searchParams.has('code')).toBe(false);
  }

  it('refuses Михаил (14+) until his mother consents, asking her once however often he tries', async () => {
    await start();
    const first = await signIn('1000009');
    expectParentalRefusal(first.url, first.prepared.state);
    const second = await signIn('1000009');
    expectParentalRefusal(second.url, second.prepared.state);

    const { page } = await openCabinetAs(sim.issuer, '1000001');
    expect(pendingRequestIds(page.html)).toHaveLength(1);
    expect(page.html).toContain('Петров Михаил Андреевич');

    expect(await driveParentalConsent(sim.issuer, '1000001')).toBe(1);
    expect(await driveParentalConsent(sim.issuer, '1000001')).toBe(0);

    const allowed = await signIn('1000009');
    const { userinfo } = await finishSignIn(config, allowed.prepared, allowed.callback);
    expect(userinfo).toMatchObject({
      sub: '1000009',
      trusted: true,
      family_name: 'Петров',
      given_name: 'Михаил',
      birthdate: '2012-09-01',
      snils: '123-456-789 64',
      email: 'misha.petrov@example.ru',
      id_doc: { type: 'RF_PASSPORT', series: '4526', number: '100200' },
    });
  });

  it('after the parent consents, the minor still answers the ordinary consent page for his own data', async () => {
    await start();
    await signIn('1000009', 'openid fullname');
    await driveParentalConsent(sim.issuer, '1000001');
    const denied = await signIn('1000009', 'openid fullname', 'deny');
    expect(denied.url.searchParams.get('error')).toBe('access_denied');
    expect(denied.url.searchParams.get('error_description')).toBe(consentDeniedDescription);
  });

  it('refuses Софья (under 14) likewise; then gives her birth certificate, trusted, and no contacts', async () => {
    await start();
    // She signs in with her SNILS, as a child account does.
    const browser = new Browser();
    const prepared = await prepareAuthorization(config, schoolScopes);
    const loginPage = await browser.open(prepared.url, sim.issuer);
    const refused = await browser.open(new URL(`${loginPage.url.pathname}/login`, sim.issuer), sim.issuer, {
      login: '234-567-890 99',
      password: 'demo',
    });
    expectParentalRefusal(refused.leftTo ?? new URL('http://missing'), prepared.state);

    expect(await driveParentalConsent(sim.issuer, '1000001')).toBe(1);

    const allowed = await signIn('2000001');
    const { userinfo } = await finishSignIn(config, allowed.prepared, allowed.callback);
    expect(userinfo).toEqual({
      sub: '2000001',
      trusted: true,
      account_level: 'confirmed',
      family_name: 'Петрова',
      given_name: 'Софья',
      middle_name: 'Андреевна',
      birthdate: '2016-03-15',
      snils: '234-567-890 99',
      id_doc: { type: 'RF_BRTH_CERT', series: 'V-МЮ', number: '634521' },
    });
  });

  it('never asks about an adult', async () => {
    await start();
    for (const subject of ['1000001', '1000002', '1000005']) {
      const { url } = await signIn(subject);
      expect(url.searchParams.get('code')).toBeTruthy();
    }
    for (const parent of ['1000001', '1000002', '1000005']) {
      expect(await driveParentalConsent(sim.issuer, parent)).toBe(0);
    }
  });

  it('a consent for one client does not open another, not even within the same browser session', async () => {
    await start();
    await signIn('1000009');
    expect(await driveParentalConsent(sim.issuer, '1000001')).toBe(1);

    // One browser: signed in to the first client, then on to the second without a login step.
    const browser = new Browser();
    const first = await browser.open((await prepareAuthorization(config, 'openid fullname')).url, sim.issuer);
    const consentPage = await browser.open(new URL(`${first.url.pathname}/login-as`, sim.issuer), sim.issuer, {
      subject: '1000009',
    });
    const signedIn = await browser.open(new URL(`${consentPage.url.pathname}/consent`, sim.issuer), sim.issuer, {
      decision: 'grant',
    });
    expect(signedIn.leftTo?.searchParams.get('code')).toBeTruthy();

    const otherConfig = await discoverTestClient(sim, undefined, otherTestClient);
    const other = await prepareAuthorization(otherConfig, 'openid fullname', otherTestClient.redirectUris[0]);
    const atOther = await browser.open(other.url, sim.issuer);
    expect(atOther.leftTo?.origin).toBe(new URL(otherTestClient.redirectUris[0] ?? '').origin);
    expectParentalRefusal(atOther.leftTo ?? new URL('http://missing'), other.state);

    const { page } = await openCabinetAs(sim.issuer, '1000001');
    expect(pendingRequestIds(page.html)).toHaveLength(1);
    expect(page.html).toContain(`«Вход в Сетевой город» (${otherTestClient.clientId})`);
  });

  it('needs no parental consent once Михаил is 18 on the injected clock', async () => {
    await start({ now: () => new Date('2030-09-01T09:00:00Z') });
    const { prepared, callback, url } = await signIn('1000009');
    expect(url.searchParams.get('code')).toBeTruthy();
    expect((await finishSignIn(config, prepared, callback)).userinfo).toMatchObject({ sub: '1000009' });
    // Софья is 14 then, still a minor.
    const sofia = await signIn('2000001');
    expectParentalRefusal(sofia.url, sofia.prepared.state);
  });

  it('on the clock the day before his 18th birthday Михаил is still refused', async () => {
    await start({ now: () => new Date('2030-08-31T12:00:00Z') });
    const { url, prepared } = await signIn('1000009');
    expectParentalRefusal(url, prepared.state);
  });

  it('driveParentalConsent rejects an unknown citizen', async () => {
    await start();
    await expect(driveParentalConsent(sim.issuer, '42')).rejects.toThrow(/no demo citizen/);
  });
});
