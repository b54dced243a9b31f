import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInAtEsia, useBrowserTests } from '../src';

const t = useBrowserTests();

/** A third-party system calling the API with its secret, as it would from its own server. */
async function callAsClient<Data = Record<string, unknown>>(apiUrl: string, secret: string, query: string) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Data | null; errors?: Array<{ message: string }> },
  };
}

const readinessQuery = `{ organisationReadiness(first: 10) { edges { node { organisationName students studentsLinked } } } }`;
const requestsQuery = `{ staffAccessRequests(first: 5) { edges { node { number applicant { snils } } } } }`;
const cardsQuery = `{ personCards(first: 5) { edges { node { fullName snils } } } }`;

async function openApiClients(page: Page, apiUrl: string) {
  await page.goto(`${apiUrl}/staff/`);
  await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
  await signInAtEsia(page, 'Захаров Виктор Сергеевич');
  await page.getByRole('button', { name: 'Даю согласие' }).click();
  await page.getByRole('navigation', { name: 'Разделы консоли' }).getByRole('link', { name: 'Клиенты API' }).click();
  await page.getByRole('heading', { name: 'Клиенты API', level: 1 }).waitFor();
}

/** The secret box: read the secret, then close it as the administrator would once it is saved. */
async function takeSecretOnce(page: Page): Promise<string> {
  await page.getByText('он показывается только один раз').waitFor();
  const secret = await page.getByLabel('Ключ API').inputValue();
  await page.getByRole('button', { name: 'Я сохранил ключ' }).click();
  expect(await page.content()).not.toContain(secret);
  return secret;
}

describe('«Клиенты API» in the staff console', () => {
  it('the regional administrator creates a statistics client, its secret works once shown, rotation and revocation cut it off at once', async () => {
    const { page, sut } = t;
    const apiUrl = sut.stack.apiUrl;
    await openApiClients(page, apiUrl);

    // The server's field errors land beside their fields.
    await page.getByRole('button', { name: 'Новый клиент API' }).click();
    await page.getByRole('button', { name: 'Создать клиента' }).click();
    await page.getByText('Отметьте хотя бы одно право доступа.').waitFor();
    expect(await page.getByText('Исправьте ошибки в отмеченных полях.').isVisible()).toBe(true);

    await page.getByLabel('Название').fill('Аналитика региона');
    await page.getByRole('checkbox', { name: /Статистика готовности/ }).check();
    expect(await page.getByRole('radio', { name: 'Все организации' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Запросов в минуту').inputValue()).toBe('60');
    await page.getByRole('button', { name: 'Создать клиента' }).click();
    const secret = await takeSecretOnce(page);
    expect(secret).toMatch(/^vhod_/);

    const row = page.getByRole('row', { name: /Аналитика региона/ });
    await row.getByText('Активен').waitFor();
    expect(await row.textContent()).toContain(`${secret.slice(0, 11)}…`);
    expect(await row.textContent()).toContain('Все организации');

    // With its scope it reads the numbers; requests and cards are not in its scopes.
    const readiness = await callAsClient<{ organisationReadiness: { edges: Array<{ node: { organisationName: string } }> } }>(
      apiUrl,
      secret,
      readinessQuery,
    );
    expect(readiness.status).toBe(200);
    const edges = readiness.body.data?.organisationReadiness.edges;
    expect(edges?.map((edge) => edge.node.organisationName)).toContain('МБОУ «Школа № 1»');
    for (const query of [requestsQuery, cardsQuery]) {
      const refused = await callAsClient(apiUrl, secret, query);
      expect(refused.body.data ?? null, query).toBeNull();
      expect(refused.body.errors?.[0]?.message, query).toMatch(/not authorized/i);
    }

    // A new secret replaces the old one at once.
    await row.getByRole('button', { name: 'Выпустить новый ключ' }).click();
    await page.getByRole('dialog').getByText('Текущий ключ перестанет действовать сразу').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Выпустить новый ключ' }).click();
    const rotated = await takeSecretOnce(page);
    expect(rotated).not.toBe(secret);
    expect((await callAsClient(apiUrl, secret, readinessQuery)).status).toBe(401);
    expect((await callAsClient(apiUrl, rotated, readinessQuery)).status).toBe(200);

    // Revocation is immediate and final.
    await row.getByRole('button', { name: 'Отозвать доступ' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Это действует сразу и навсегда').waitFor();
    await dialog.getByRole('button', { name: 'Отозвать навсегда' }).click();
    await row.getByText('Отозван').waitFor();
    expect(await row.getByRole('button', { name: 'Отозвать доступ' }).count()).toBe(0);
    const refused = await callAsClient(apiUrl, rotated, readinessQuery);
    expect(refused.status).toBe(401);
    expect(refused.body.data ?? null).toBeNull();
  });

  it('is not offered to a school administrator', async () => {
    const { page, sut } = t;
    await page.goto(`${sut.stack.apiUrl}/staff/`);
    await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
    await signInAtEsia(page, 'Орлова Елена Павловна');
    await page.getByRole('button', { name: 'Даю согласие' }).click();
    const nav = page.getByRole('navigation', { name: 'Разделы консоли' });
    await nav.getByRole('link', { name: 'Обращения' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Клиенты API' }).count()).toBe(0);
  });
});
