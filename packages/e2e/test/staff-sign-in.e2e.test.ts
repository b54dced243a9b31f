import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAtEsia, startSystemUnderTest, type SystemUnderTest } from '../src';

let sut: SystemUnderTest;

beforeAll(async () => {
  sut = await startSystemUnderTest();
});
afterAll(async () => {
  await sut?.close();
});

describe('staff console sign-in through ESIA', () => {
  it('a school administrator signs in to the staff console', async () => {
    const context = await sut.browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(`${sut.stack.apiUrl}/staff/`);
    await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
    await signInAtEsia(page, 'Орлова Елена Павловна');
    await page.getByRole('button', { name: 'Даю согласие' }).click();

    // Staff land in their request queue, signed in under their own name.
    await page.getByRole('heading', { name: 'Обращения' }).waitFor();
    expect(await page.getByRole('banner').getByRole('link', { name: 'Орлова Елена Павловна' }).isVisible()).toBe(true);
    expect(page.url()).toBe(`${sut.stack.apiUrl}/staff/`);
    await context.close();
  });

  it('a citizen who is nobody’s staff is told to contact their administrator', async () => {
    const context = await sut.browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(`${sut.stack.apiUrl}/staff/`);
    await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
    await signInAtEsia(page, 'Николаев Пётр Ильич');
    await page.getByText('Обратитесь к администратору системы вашей образовательной организации.').waitFor();
    await context.close();
  });
});
