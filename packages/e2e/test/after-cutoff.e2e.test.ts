import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAtEsia, startSystemUnderTest, type SystemUnderTest } from '../src';

let sut: SystemUnderTest;

beforeAll(async () => {
  // The reference region's cutoff: long past, so only staff link from now on.
  sut = await startSystemUnderTest({ VHOD_SELF_LINK_CUTOFF: '2025-03-17' });
});
afterAll(async () => {
  await sut?.close();
});

describe('after the self-linking cutoff date', () => {
  it('offers no legacy sign-in and explains that staff now do the linking', async () => {
    const context = await sut.browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(`${sut.stack.apiUrl}/`);
    await page.getByRole('link', { name: 'Войти через Госуслуги' }).waitFor();
    expect(await page.getByRole('link', { name: 'Войти по логину и паролю' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
    await signInAtEsia(page, 'Васильев Игорь Петрович');
    await page.getByText('Самостоятельная привязка по логину и паролю завершилась 17.03.2025').waitFor();
    expect(await page.getByRole('link', { name: 'Привязать учётную запись' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Обратиться в организацию' }).click();
    await page.getByRole('heading', { name: 'Обращение в организацию' }).waitFor();
    await context.close();
  });
});
