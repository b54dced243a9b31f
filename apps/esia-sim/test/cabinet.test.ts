import type * as client from 'openid-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { driveSignIn, parentalConsentRequiredDescription, startEsiaSim, type RunningEsiaSim } from '../src/index';
import { Browser } from './support/browser';
import { openCabinetAs, pendingRequestIds } from './support/cabinet';
import { discoverTestClient, prepareAuthorization, testClient } from './support/test-relying-party';
import { testNow } from './support/test-clock';

const evilClient = {
  clientId: 'evil"><img src=x onerror=alert(1)>',
  clientSecret: 'evil-secret',
  redirectUris: ['http://127.0.0.1:3997/callback'],
};

describe('the parent cabinet', () => {
  let sim: RunningEsiaSim;
  let config: client.Configuration;

  // A fresh sim per test: requests and consents live for the life of the process.
  beforeEach(async () => {
    sim = await startEsiaSim({ development: true, port: 0, clients: [testClient, evilClient], now: testNow });
    config = await discoverTestClient(sim);
  });

  afterEach(async () => {
    await sim.close();
  });

  async function childTries(subject: string, scope = 'openid fullname snils kid_fullname'): Promise<URL> {
    const prepared = await prepareAuthorization(config, scope);
    return new URL(await driveSignIn(prepared.url.href, { subject }));
  }

  it('asks for a login first, with the form and the one-click citizens', async () => {
    const response = await fetch(new URL('/cabinet', sim.issuer));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('data-esia-sim-page="cabinet-login"');
    expect(html).toContain('Вход в личный кабинет');
    expect(html).toContain('Телефон, почта или СНИЛС');
    expect(html).toContain('action="/cabinet/login"');
    expect(html).toContain('aria-label="Войти как Петрова Анна Сергеевна"');
    expect(html).toContain('aria-label="Войти как Петрова Софья Андреевна"');
    expect(html).not.toContain('Запросы на согласие');
  });

  it('signs in with login and password, keeps the typed login escaped after a wrong password, and signs out', async () => {
    const browser = new Browser();
    const wrong = await browser.open(new URL('/cabinet/login', sim.issuer), sim.issuer, {
      login: '"><script>alert(1)</script>',
      password: 'demo',
    });
    expect(wrong.html).toContain('Неверный логин или пароль');
    expect(wrong.html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(wrong.html).not.toContain('<script>alert(1)');

    const signedIn = await browser.open(new URL('/cabinet/login', sim.issuer), sim.issuer, {
      login: '+7 900 000-00-02',
      password: 'demo',
    });
    expect(signedIn.url.pathname).toBe('/cabinet');
    expect(signedIn.html).toContain('data-esia-sim-page="cabinet"');
    expect(signedIn.html).toContain('<h1>Личный кабинет</h1>');
    expect(signedIn.html).toContain('Кузнецова Ольга Викторовна');
    expect(signedIn.html).toContain('Запросы на согласие');
    expect(signedIn.html).toContain('Новых запросов нет.');
    expect(signedIn.html).toContain('Выданные согласия');

    const out = await browser.open(new URL('/cabinet/logout', sim.issuer), sim.issuer, {});
    expect(out.html).toContain('data-esia-sim-page="cabinet-login"');
    const again = await browser.open(new URL('/cabinet', sim.issuer), sim.issuer);
    expect(again.html).toContain('data-esia-sim-page="cabinet-login"');
  });

  it('shows the pending request with the child, the system and the data; «Дать согласие» lets the child in', async () => {
    expect((await childTries('1000009')).searchParams.get('error_description')).toBe(parentalConsentRequiredDescription);

    const { browser, page } = await openCabinetAs(sim.issuer, '1000001');
    expect(page.html).toContain('Петрова Анна Сергеевна');
    const [requestId, ...others] = pendingRequestIds(page.html);
    expect(others).toEqual([]);
    const request = page.html.slice(page.html.indexOf('data-esia-sim-request'), page.html.indexOf('Выданные согласия'));
    expect(request).toContain('<h3>Петров Михаил Андреевич</h3>');
    expect(request).toContain(`Система «Вход в Сетевой город» (${testClient.clientId})`);
    expect(request).toContain('<li>ФИО</li>');
    expect(request).toContain('<li>СНИЛС</li>');
    expect(request).toContain('Сведения о детях:');
    expect(request).toContain('<button type="submit" class="primary">Дать согласие</button>');
    expect(request).toContain('<button type="submit" class="secondary">Отказать</button>');

    // Another parent cannot answer it.
    const stranger = await openCabinetAs(sim.issuer, '1000002');
    expect(pendingRequestIds(stranger.page.html)).toEqual([]);
    const foreign = await stranger.browser.request(new URL('/cabinet/requests/give', sim.issuer), {
      request: requestId ?? '',
    });
    expect(foreign.status).toBe(404);
    await foreign.body?.cancel();

    const given = await browser.open(new URL('/cabinet/requests/give', sim.issuer), sim.issuer, {
      request: requestId ?? '',
    });
    expect(given.html).toContain('Согласие предоставлено');
    expect(pendingRequestIds(given.html)).toEqual([]);
    const givenList = given.html.slice(given.html.indexOf('Выданные согласия'));
    expect(givenList).toContain('Петров Михаил Андреевич');
    expect(givenList).toContain(`(${testClient.clientId})`);

    expect((await childTries('1000009')).searchParams.get('code')).toBeTruthy();
  });

  it('«Отказать» drops the request; the child stays refused and the next attempt asks again', async () => {
    await childTries('2000001');
    const { browser, page } = await openCabinetAs(sim.issuer, '1000001');
    const [requestId] = pendingRequestIds(page.html);
    expect(page.html).toContain('Петрова Софья Андреевна');

    const refused = await browser.open(new URL('/cabinet/requests/refuse', sim.issuer), sim.issuer, {
      request: requestId ?? '',
    });
    expect(refused.html).toContain('В предоставлении согласия отказано');
    expect(pendingRequestIds(refused.html)).toEqual([]);

    const retry = await childTries('2000001');
    expect(retry.searchParams.get('error')).toBe('access_denied');
    const after = await browser.open(new URL('/cabinet', sim.issuer), sim.issuer);
    const [newId, ...others] = pendingRequestIds(after.html);
    expect(others).toEqual([]);
    expect(newId).not.toBe(requestId);
  });

  it('escapes what it shows: a client id full of markup stays text', async () => {
    const evilConfig = await discoverTestClient(sim, undefined, evilClient);
    const prepared = await prepareAuthorization(evilConfig, 'openid fullname', evilClient.redirectUris[0]);
    const callback = new URL(await driveSignIn(prepared.url.href, { subject: '1000009' }));
    expect(callback.searchParams.get('error')).toBe('access_denied');

    const { page } = await openCabinetAs(sim.issuer, '1000001');
    expect(page.html).toContain('evil&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(page.html).not.toContain('<img src=x');
  });

  it('refuses an unknown one-click citizen and unknown cabinet pages', async () => {
    const browser = new Browser();
    const unknown = await browser.request(new URL('/cabinet/login-as', sim.issuer), { subject: '42' });
    expect(unknown.status).toBe(400);
    await unknown.body?.cancel();
    const missing = await fetch(new URL('/cabinet/nothing', sim.issuer));
    expect(missing.status).toBe(404);
    await missing.body?.cancel();
    const getGive = await fetch(new URL('/cabinet/requests/give', sim.issuer));
    expect(getGive.status).toBe(405);
  });

  it('a decision without a cabinet session goes back to the login page', async () => {
    const response = await fetch(new URL('/cabinet/requests/give', sim.issuer), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'request=whatever',
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/cabinet');
  });
});
