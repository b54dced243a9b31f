import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signInAtEsia, startSystemUnderTest, submitLegacyLogin, type SystemUnderTest } from '../src';

let sut: SystemUnderTest;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  sut = await startSystemUnderTest();
});
afterAll(async () => {
  await sut?.close();
});
beforeEach(async () => {
  context = await sut.browser.newContext({ locale: 'ru-RU' });
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

const notFoundText = 'С выбранной учётной записью портала Госуслуг не связан ни один пользователь системы';
const school1 = { organisationType: 'Общеобразовательная организация', organisation: 'МБОУ «Школа № 1»', password: 'school123' };

async function signInThroughEsia(role: 'Родитель' | 'Обучающийся', citizen: string) {
  await page.goto(`${sut.stack.apiUrl}/`);
  await page.getByRole('radio', { name: role }).check();
  await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
  await signInAtEsia(page, citizen);
}

describe('linking an ESIA account by hand', () => {
  it('an unknown ESIA citizen links with the legacy login, and the next visit goes straight in through ESIA', async () => {
    await signInThroughEsia('Родитель', 'Васильев Игорь Петрович');
    await page.getByText(notFoundText).waitFor();
    await page.getByRole('link', { name: 'Привязать учётную запись' }).click();
    await submitLegacyLogin(page, { ...school1, login: 'vasiliev.ip' });
    await page.getByRole('button', { name: 'Даю согласие' }).click();
    await page.getByRole('heading', { name: 'Здравствуйте, Васильев Игорь Петрович!' }).waitFor();

    await page.getByRole('banner').getByRole('button', { name: 'Выйти' }).click();
    await page.getByRole('link', { name: 'Войти через Госуслуги' }).waitFor();
    await signInThroughEsia('Родитель', 'Васильев Игорь Петрович');
    await page.getByRole('heading', { name: 'Здравствуйте, Васильев Игорь Петрович!' }).waitFor();
  });

  it("refuses a parent's ESIA on the child's card and says what does not match", async () => {
    await signInThroughEsia('Обучающийся', 'Петрова Анна Сергеевна');
    await page.getByText(notFoundText).waitFor();
    await page.getByRole('link', { name: 'Привязать учётную запись' }).click();
    await submitLegacyLogin(page, { ...school1, login: 'petrova.sa' });
    const alert = page.getByRole('alert').filter({ hasText: 'не совпадают с личной карточкой' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('это личная карточка вашего ребёнка');
  });

  it('a wrong password is refused without saying whether the login exists', async () => {
    await signInThroughEsia('Родитель', 'Николаев Пётр Ильич');
    await page.getByRole('link', { name: 'Привязать учётную запись' }).click();
    await submitLegacyLogin(page, { ...school1, login: 'petrova.as', password: 'wrong' });
    await page.getByRole('alert').filter({ hasText: 'Неверный логин или пароль.' }).waitFor();
  });

  it('personal settings show whose card this is, unlink after a confirmation, and relink through ESIA', async () => {
    await signInThroughEsia('Родитель', 'Соловьёва-Ким Алёна Игоревна');
    await page.getByRole('button', { name: 'Даю согласие' }).click();
    await page.getByRole('link', { name: 'Соловьева-Ким Алена Игоревна' }).click();

    await page.getByRole('heading', { name: 'Персональные настройки' }).waitFor();
    expect(await page.getByText('МАОУ «Гимназия № 2»').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Удалить связь с учётной записью портала Госуслуг' }).click();
    // She has a legacy login the demo deployment still accepts, so no lock-out warning.
    expect(await page.getByText('У вас нет другого способа входа').count()).toBe(0);
    await page.getByRole('button', { name: 'Удалить связь', exact: true }).click();
    await page.getByText('Связь с учётной записью портала Госуслуг удалена').waitFor();

    await page.getByRole('link', { name: 'Привязать учётную запись портала Госуслуг' }).click();
    // Still signed in at ESIA and access already granted: the provider sends her straight back.
    await page.getByText('Учётная запись успешно привязана').waitFor();
    expect(page.url()).toBe(`${sut.stack.apiUrl}/settings?linked=1`);
  });

  it('signs in with the legacy login while the deployment allows it, and reaches personal settings', async () => {
    await page.goto(`${sut.stack.apiUrl}/`);
    await page.getByRole('link', { name: 'Войти по логину и паролю' }).click();
    await submitLegacyLogin(page, { ...school1, login: 'kuznetsova.ov' });
    await page.getByRole('heading', { name: 'Здравствуйте, Кузнецова Ольга Викторовна!' }).waitFor();
    await page.getByRole('link', { name: 'Кузнецова Ольга Викторовна' }).click();
    await page.getByText('Не связана').waitFor();
  });
});
