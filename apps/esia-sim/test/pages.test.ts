import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as client from 'openid-client';
import { demoCitizens, fullNameOf, startEsiaSim, type RunningEsiaSim } from '../src/index';
import { Browser } from './support/browser';
import { discoverTestClient, prepareAuthorization, testClient } from './support/test-relying-party';
import { testNow } from './support/test-clock';

describe('login and consent pages', () => {
  let sim: RunningEsiaSim;
  let config: client.Configuration;

  beforeAll(async () => {
    sim = await startEsiaSim({ development: true, port: 0, clients: [testClient], now: testNow });
    config = await discoverTestClient(sim);
  });

  afterAll(async () => {
    await sim.close();
  });

  async function openLoginPage(scope = 'openid fullname') {
    const browser = new Browser();
    const prepared = await prepareAuthorization(config, scope);
    const page = await browser.open(prepared.url, sim.issuer);
    return { browser, page };
  }

  it('shows the login form, in Russian, with a one-click button per citizen', async () => {
    const { page } = await openLoginPage();
    expect(page.status).toBe(200);
    expect(page.url.pathname).toMatch(/^\/interaction\/[^/]+$/);
    expect(page.html).toContain('<html lang="ru">');
    expect(page.html).toContain('Госуслуги — тестовая среда (разработка)');
    expect(page.html).toContain('Телефон, почта или СНИЛС');
    expect(page.html).toContain('Пароль');
    expect(page.html).toContain('Тестовые пользователи');
    for (const citizen of demoCitizens) {
      expect(page.html).toContain(`aria-label="Войти как ${fullNameOf(citizen)}"`);
    }
    expect(page.html).toContain('Подтверждённая');
    expect(page.html).toContain('Стандартная');
    expect(page.html).toContain('<a href="/cabinet">Личный кабинет (согласия для детей)</a>');
  });

  it('says «Неверный логин или пароль» on the same page after a wrong password', async () => {
    const { browser, page } = await openLoginPage();
    const response = await browser.request(new URL(`${page.url.pathname}/login`, sim.issuer), {
      login: '+79000000001',
      password: 'wrong',
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Неверный логин или пароль');
    expect(html).toContain('data-esia-sim-page="login"');
    expect(html).toContain('value="+79000000001"');
  });

  it('signs in with a phone typed the Russian way and password demo, then asks for consent', async () => {
    const { browser, page } = await openLoginPage('openid fullname email kid_fullname kid_snils');
    const response = await browser.request(new URL(`${page.url.pathname}/login`, sim.issuer), {
      login: '8 (900) 000-00-02',
      password: 'demo',
    });
    expect(response.status).toBe(303);
    await response.body?.cancel();
    const consent = await browser.open(new URL(response.headers.get('location') ?? '', sim.issuer), sim.issuer);
    expect(consent.html).toContain('data-esia-sim-page="consent"');
    expect(consent.html).toContain('Предоставление прав доступа');
    expect(consent.html).toContain(`Система «Вход в Сетевой город» (${testClient.clientId}) запрашивает доступ к следующим данным:`);
    expect(consent.html).toContain('Кузнецова Ольга Викторовна');
    expect(consent.html).toContain('<li>ФИО</li>');
    expect(consent.html).toContain('<li>Адрес электронной почты</li>');
    expect(consent.html).toContain('Сведения о детях:');
    expect(consent.html).toContain('<li>СНИЛС</li>');
    expect(consent.html).toContain('Предоставить');
    expect(consent.html).toContain('Отказать');
  });

  it('signs in with a SNILS or an e-mail too', async () => {
    for (const login of ['112-233-445 95', 'Anna.Petrova@example.ru']) {
      const { browser, page } = await openLoginPage();
      const response = await browser.request(new URL(`${page.url.pathname}/login`, sim.issuer), { login, password: 'demo' });
      expect(response.status).toBe(303);
      await response.body?.cancel();
    }
  });

  it('explains an expired or missing interaction in Russian', async () => {
    const response = await fetch(new URL('/interaction/does-not-exist', sim.issuer));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Сеанс входа не найден или истёк');
  });

  it('renders provider errors as a Russian page with the OAuth error', async () => {
    const response = await fetch(new URL(`/auth?client_id=unknown&response_type=code&scope=openid`, sim.issuer));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Не удалось выполнить запрос входа');
    expect(html).toContain('invalid_client');
  });

  it('logs out on RP-initiated logout without asking, and the next sign-in shows the login page', async () => {
    const { browser, page } = await openLoginPage();
    const consent = await browser.open(new URL(`${page.url.pathname}/login-as`, sim.issuer), sim.issuer, {
      subject: '1000003',
    });
    const signedIn = await browser.open(new URL(`${consent.url.pathname}/consent`, sim.issuer), sim.issuer, {
      decision: 'grant',
    });
    expect(signedIn.leftTo?.searchParams.get('code')).toBeTruthy();

    // Signed in: a second authorization in the same browser goes straight back to the RP.
    const sso = await browser.open((await prepareAuthorization(config, 'openid fullname')).url, sim.issuer);
    expect(sso.leftTo?.searchParams.get('code')).toBeTruthy();

    const logoutUrl = client.buildEndSessionUrl(config, {
      post_logout_redirect_uri: testClient.postLogoutRedirectUris?.[0] ?? '',
    });
    const logoutPage = await browser.open(logoutUrl, sim.issuer);
    expect(logoutPage.status).toBe(200);
    expect(logoutPage.html).toContain('data-esia-sim-page="logout"');
    expect(logoutPage.html).toContain('Выход из Госуслуг');
    const action = /<form[^>]*action="([^"]+)"/.exec(logoutPage.html)?.[1] ?? '';
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(logoutPage.html)?.[1] ?? '';
    const loggedOut = await browser.open(new URL(action), sim.issuer, { xsrf, logout: 'yes' });
    expect(loggedOut.leftTo?.href).toBe(testClient.postLogoutRedirectUris?.[0]);

    const afterLogout = await browser.open((await prepareAuthorization(config, 'openid fullname')).url, sim.issuer);
    expect(afterLogout.html).toContain('data-esia-sim-page="login"');
  });
});
