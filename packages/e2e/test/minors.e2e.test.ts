import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giveParentalConsentAtEsia, signInAtEsia, startFamilySignIn, startSystemUnderTest, type SystemUnderTest } from '../src';

let sut: SystemUnderTest;

beforeAll(async () => {
  sut = await startSystemUnderTest();
});
afterAll(async () => {
  await sut?.close();
});

describe('a minor signing in with a child ESIA account', () => {
  it('is refused with an explanation until a parent consents in ESIA, then lands in their student card', async () => {
    const child = await sut.browser.newContext({ locale: 'ru-RU' });
    const page = await child.newPage();
    const signInAsStudent = async () => {
      await startFamilySignIn(page, sut.stack.apiUrl, 'Обучающийся');
      await signInAtEsia(page, 'Петрова Софья Андреевна');
    };

    await signInAsStudent();
    const explanation = page.getByRole('alert').filter({ hasText: 'согласие родителя (законного представителя)' });
    await explanation.waitFor();
    expect(await explanation.textContent()).toContain('разрешить доступ к системе «Сетевой город. Образование»');

    // The mother, on her own device, answers the request in her Госуслуги cabinet.
    const parent = await sut.browser.newContext({ locale: 'ru-RU' });
    await giveParentalConsentAtEsia(await parent.newPage(), sut.stack.esiaUrl, 'Петрова Анна Сергеевна');
    await parent.close();

    await signInAsStudent();
    await page.getByRole('button', { name: 'Даю согласие' }).click();
    await page.getByRole('heading', { name: 'Здравствуйте, Петрова Софья Андреевна!' }).waitFor();
    expect(await page.getByText('4Б').isVisible()).toBe(true);
    await child.close();
  });
});
