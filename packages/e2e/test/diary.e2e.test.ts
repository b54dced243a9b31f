import { describe, expect, it } from 'vitest';
import { giveParentalConsentAtEsia, signInAtEsia, signInAtVhodFor, startDiarySignIn, startFamilySignIn, useBrowserTests } from '../src';

const t = useBrowserTests();
const diary = 'Электронный дневник (демо)';
const diaryHeading = (text: string) => t.page.getByRole('heading', { name: text, level: 1 });

describe('«Электронный дневник (демо)» signs its users in through Vhod', () => {
  it('a student opens the diary, signs in at Vhod through ESIA, and is back in the diary as his own account', async () => {
    const { page, sut } = t;
    const { diaryUrl, esiaUrl } = sut.stack;
    await startDiarySignIn(page, diaryUrl);
    await signInAtVhodFor(page, diary, 'Обучающийся');
    await signInAtEsia(page, 'Петров Михаил Андреевич');
    // His first sign-in waits for his mother's consent at ESIA (he is 14); Vhod explains and the diary gets nobody.
    await page.getByRole('alert').filter({ hasText: 'согласие родителя' }).waitFor();
    expect(new URL(page.url()).origin).toBe(sut.stack.apiUrl);
    const mother = await sut.browser.newContext({ locale: 'ru-RU' });
    await giveParentalConsentAtEsia(await mother.newPage(), esiaUrl, 'Петрова Анна Сергеевна');
    await mother.close();

    await startDiarySignIn(page, diaryUrl);
    await signInAtVhodFor(page, diary, 'Обучающийся');
    await signInAtEsia(page, 'Петров Михаил Андреевич');
    await page.getByRole('button', { name: 'Даю согласие' }).click();

    await diaryHeading('Петров Михаил Андреевич — 8А, МБОУ «Школа № 1»').waitFor();
    expect(new URL(page.url()).origin).toBe(diaryUrl);
    expect(await page.getByText('Обучающийся', { exact: true }).isVisible()).toBe(true);
  });

  it('a parent in two organisations chooses one in Vhod, and the diary shows the chosen one with her children', async () => {
    const { page, sut } = t;
    await startDiarySignIn(page, sut.stack.diaryUrl);
    await signInAtVhodFor(page, diary, 'Родитель');
    await signInAtEsia(page, 'Кузнецова Ольга Викторовна');
    await page.getByRole('button', { name: 'Даю согласие' }).click();
    await page.getByRole('heading', { name: 'Выберите организацию' }).waitFor();
    await page.getByRole('radio', { name: /Детский сад № 5/ }).check();
    await page.getByRole('button', { name: 'Войти' }).click();

    await diaryHeading('Кузнецова Ольга Викторовна — МБДОУ «Детский сад № 5 „Солнышко“»').waitFor();
    expect(await page.getByRole('listitem').allTextContents()).toEqual([
      'Кузнецов Иван Дмитриевич — 4Б, МБОУ «Школа № 1»',
      'Кузнецова Алёна Дмитриевна — Ромашка, МБДОУ «Детский сад № 5 „Солнышко“»',
    ]);
  });

  it('signing out of Vhod ends the diary’s session too (back-channel logout)', async () => {
    const { page, sut } = t;
    const { apiUrl, diaryUrl } = sut.stack;
    await startDiarySignIn(page, diaryUrl);
    await signInAtVhodFor(page, diary, 'Родитель');
    await signInAtEsia(page, 'Петрова Анна Сергеевна');
    await page.getByRole('button', { name: 'Даю согласие' }).click();
    await diaryHeading('Петрова Анна Сергеевна — МБОУ «Школа № 1»').waitFor();

    await page.goto(`${apiUrl}/`);
    await page.getByRole('heading', { name: 'Здравствуйте, Петрова Анна Сергеевна!' }).waitFor();
    await page.getByRole('button', { name: 'Выход' }).click();
    await page.getByRole('link', { name: 'Войти через Госуслуги' }).waitFor();

    // Nothing in the browser told the diary: Vhod posted a logout token to it.
    await expect
      .poll(
        async () => {
          await page.goto(`${diaryUrl}/`);
          return page.getByRole('link', { name: 'Войти через Вход' }).isVisible();
        },
        { timeout: 10_000 },
      )
      .toBe(true);
  });

  it('a citizen nobody knows stays on Vhod’s not-found page and never reaches the diary', async () => {
    const { page, sut } = t;
    await startDiarySignIn(page, sut.stack.diaryUrl);
    await signInAtVhodFor(page, diary, 'Родитель');
    await signInAtEsia(page, 'Николаев Пётр Ильич');

    await page.getByText('С выбранной учётной записью портала Госуслуг не связан ни один пользователь системы').waitFor();
    expect(new URL(page.url()).origin).toBe(sut.stack.apiUrl);
    await page.goto(`${sut.stack.diaryUrl}/`);
    expect(await page.getByRole('link', { name: 'Войти через Вход' }).isVisible()).toBe(true);
  });

  it('the family home shows a parent’s children and the diary, which she enters without signing in again; the diary’s «Выйти» signs her out of Vhod', async () => {
    const { page, sut } = t;
    const { apiUrl, diaryUrl } = sut.stack;
    await startFamilySignIn(page, apiUrl, 'Родитель');
    await signInAtEsia(page, 'Петрова Анна Сергеевна');
    const consent = page.getByRole('button', { name: 'Даю согласие' });
    const home = page.getByRole('heading', { name: 'Здравствуйте, Петрова Анна Сергеевна!' });
    await consent.or(home).first().waitFor();
    if (await consent.isVisible()) await consent.click();
    await home.waitFor();

    const children = page.getByRole('region', { name: 'Дети' });
    expect(await children.getByRole('listitem').allTextContents()).toEqual([
      'Петров Михаил Андреевич — МБОУ «Школа № 1», 8А',
      'Петрова Софья Андреевна — МБОУ «Школа № 1», 4Б',
    ]);
    expect(await page.getByRole('link', { name: 'Мои обращения' }).isVisible()).toBe(true);

    await page.getByRole('region', { name: 'Системы' }).getByRole('link', { name: diary }).click();
    await page.getByRole('link', { name: 'Войти через Вход' }).click();
    await diaryHeading('Петрова Анна Сергеевна — МБОУ «Школа № 1»').waitFor();

    await page.getByRole('link', { name: 'Выйти' }).click();
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByRole('link', { name: 'Войти через Вход' }).waitFor();
    expect(new URL(page.url()).origin).toBe(diaryUrl);
    await page.goto(`${apiUrl}/`);
    await page.getByRole('link', { name: 'Войти через Госуслуги' }).waitFor();
  });
});
