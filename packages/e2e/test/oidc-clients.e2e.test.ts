import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInAtEsia, startDiarySignIn, useBrowserTests } from '../src';

const t = useBrowserTests();

async function openSystems(page: Page, apiUrl: string) {
  await page.goto(`${apiUrl}/staff/`);
  await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
  await signInAtEsia(page, 'Захаров Виктор Сергеевич');
  await page.getByRole('button', { name: 'Даю согласие' }).click();
  await page.getByRole('navigation', { name: 'Разделы консоли' }).getByRole('link', { name: 'Системы входа' }).click();
  await page.getByRole('heading', { name: 'Системы входа', level: 1 }).waitFor();
}

/** What a registered system's server does with its secret: redeem a (bogus) code at the token endpoint. */
async function tokenEndpointAnswer(apiUrl: string, clientId: string, secret: string) {
  const response = await fetch(`${apiUrl}/oidc/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: 'not-a-code', redirect_uri: 'https://lib.example.ru/cb' }),
  });
  return ((await response.json()) as { error: string }).error;
}

describe('«Системы входа» in the staff console', () => {
  it('the regional administrator registers a system, its secret is shown once and works, rotation replaces it, revocation cuts a system off', async () => {
    const { page, sut } = t;
    const { apiUrl, diaryUrl } = sut.stack;
    await openSystems(page, apiUrl);
    // The list arrives after the heading: the seeded diary is there once it has.
    await page.getByRole('row', { name: /Электронный дневник \(демо\)/ }).waitFor();

    await page.getByRole('button', { name: 'Новая система' }).click();
    await page.getByLabel('Название').fill('Библиотека');
    await page.getByLabel('Адреса возврата (redirect URI)').fill('http://lib.example.ru/cb');
    await page.getByRole('button', { name: 'Зарегистрировать систему' }).click();
    await page.getByText('Укажите полный адрес https://…').waitFor();
    await page.getByLabel('Адреса возврата (redirect URI)').fill('https://lib.example.ru/cb');
    await page.getByRole('button', { name: 'Зарегистрировать систему' }).click();

    await page.getByText('он показывается только один раз').waitFor();
    const secret = await page.getByLabel('Секрет (client_secret)').inputValue();
    const clientId = (await page.getByText(/^client_id: /).textContent())!.replace('client_id: ', '');
    await page.getByRole('button', { name: 'Я сохранил секрет' }).click();
    expect(await page.content()).not.toContain(secret);
    // The secret authenticates the system: its bogus code is refused as a code, not as a client.
    expect(await tokenEndpointAnswer(apiUrl, clientId, secret)).toBe('invalid_grant');
    expect(await tokenEndpointAnswer(apiUrl, clientId, `${secret}x`)).toBe('invalid_client');

    const library = page.getByRole('row', { name: /Библиотека/ });
    await library.getByRole('button', { name: 'Выпустить новый секрет' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Выпустить новый секрет' }).click();
    const rotated = await page.getByLabel('Секрет (client_secret)').inputValue();
    await page.getByRole('button', { name: 'Я сохранил секрет' }).click();
    expect(await tokenEndpointAnswer(apiUrl, clientId, secret)).toBe('invalid_client');
    expect(await tokenEndpointAnswer(apiUrl, clientId, rotated)).toBe('invalid_grant');

    const diaryRow = page.getByRole('row', { name: /Электронный дневник \(демо\)/ });
    await diaryRow.getByRole('button', { name: 'Отозвать доступ' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Отозвать навсегда' }).click();
    await page.getByText('Доступ системы «Электронный дневник (демо)» отозван.').waitFor();

    const visitor = await sut.browser.newContext({ locale: 'ru-RU' });
    const visitorPage = await visitor.newPage();
    await startDiarySignIn(visitorPage, diaryUrl);
    await visitorPage.getByText('Система, из которой вы пришли, прислала запрос на вход').waitFor();
    expect(new URL(visitorPage.url()).origin).toBe(apiUrl);
    await visitor.close();
  });
});
