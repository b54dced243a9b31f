import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAtEsia, startFamilySignIn, useBrowserTests } from '../src';

const t = useBrowserTests();

async function signInToConsole(page: Page, apiUrl: string, fullName: string) {
  await page.goto(`${apiUrl}/staff/`);
  await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
  await signInAtEsia(page, fullName);
  await page.getByRole('button', { name: 'Даю согласие' }).click();
  await page.getByRole('navigation', { name: 'Разделы консоли' }).getByRole('link', { name: 'Готовность' }).click();
  await page.getByRole('heading', { name: 'Готовность к входу через Госуслуги' }).waitFor();
}

/** The text of a table row's cells, in order. */
async function cellsOf(row: Locator): Promise<string[]> {
  return (await row.locator('th, td').allTextContents()).map((text) => text.trim());
}

/** Clicks a CSV button and returns what the browser saved. */
async function downloadedCsv(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile((await download.path())!, 'utf8');
}

beforeAll(async () => {
  // Петрова (a parent in 8А and 4Б of Школа № 1) signs in through Госуслуги once: her card is linked.
  const context = await t.sut.browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await startFamilySignIn(page, t.sut.stack.apiUrl, 'Родитель');
  await signInAtEsia(page, 'Петрова Анна Сергеевна');
  await page.getByRole('button', { name: 'Даю согласие' }).click();
  await page.getByRole('heading', { name: 'Здравствуйте, Петрова Анна Сергеевна!' }).waitFor();
  await context.close();
  // The dashboard reads a periodic recount; run it now rather than wait minutes for the timer.
  await t.sut.stack.recountReadiness();
});

describe('the readiness dashboard', () => {
  it('a school administrator sees her classes as in the demo data, a chart of them, and exports who is not linked', async () => {
    const { page, sut } = t;
    await signInToConsole(page, sut.stack.apiUrl, 'Орлова Елена Павловна');

    // docs/demo-data.md: 8А — Михаил, Ксения and their parents Петрова, Васильев; 4Б — Софья, Иван, Петрова, Кузнецова.
    const row = (className: string) => page.getByRole('row', { name: new RegExp(`^${className} `) });
    await row('8А').waitFor();
    expect(await cellsOf(row('8А'))).toEqual(['8А', '0 / 2', '1 / 2', '25%', '1', '0']);
    expect(await cellsOf(row('4Б'))).toEqual(['4Б', '0 / 2', '1 / 2', '25%', '1', '0']);
    // Classes without students (1А, 11А) have nothing to count.
    expect((await page.locator('table.readiness tbody th').allTextContents()).sort()).toEqual(['4Б', '8А']);
    await page.getByRole('navigation', { name: 'Уровень отчёта' }).getByText('МБОУ «Школа № 1»').waitFor();

    const chart = page.locator('figure.readiness-chart');
    await chart.locator('svg.recharts-surface').first().waitFor();
    expect(await chart.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await chart.locator('figcaption').textContent()).toBe('Связь с Госуслугами и входы за 30 дней по классам');
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);

    const classesCsv = await downloadedCsv(page, 'Выгрузить таблицу в CSV');
    expect(classesCsv.startsWith('\uFEFFОрганизация;Класс;Обучающиеся;')).toBe(true);
    expect(classesCsv).toContain('МБОУ «Школа № 1»;8А;2;0;0;2;1;1;0;\r\n');

    await page.getByRole('link', { name: '8А', exact: true }).click();
    await page.getByRole('heading', { name: 'Ещё не связаны с Госуслугами: 8А' }).waitFor();
    const unlinked = ['Петров Михаил Андреевич', 'Васильева Ксения Игоревна', 'Васильев Игорь Петрович'];
    for (const name of unlinked) await page.getByRole('row', { name: new RegExp(`^${name} `) }).waitFor();
    expect(await page.getByRole('row', { name: /Петрова Анна Сергеевна/ }).count()).toBe(0);

    const peopleCsv = await downloadedCsv(page, 'Выгрузить в CSV');
    expect(peopleCsv.startsWith('\uFEFFФИО;Роль;Ребёнок\r\n')).toBe(true);
    expect(peopleCsv).toContain('Васильев Игорь Петрович;Родитель;Васильева Ксения Игоревна\r\n');
    for (const name of unlinked) expect(peopleCsv).toContain(name);
    expect(peopleCsv).not.toContain('Петрова Анна Сергеевна');
  });

  it('the regional administrator starts from the organisations, filters them by name and opens a school', async () => {
    const { page, sut } = t;
    await signInToConsole(page, sut.stack.apiUrl, 'Захаров Виктор Сергеевич');
    await page.getByRole('row', { name: /МАОУ «Гимназия № 2»/ }).waitFor();
    await page.locator('figure.readiness-chart svg.recharts-surface').first().waitFor();

    await page.getByLabel('Поиск организации').fill('школа 1');
    await page.getByRole('row', { name: /Гимназия/ }).waitFor({ state: 'detached' });
    const school = page.getByRole('row', { name: /МБОУ «Школа № 1»/ });
    expect(await cellsOf(school)).toEqual(['МБОУ «Школа № 1»', '0 / 4', '1 / 3', '14%', '1', '0']);

    const organisationsCsv = await downloadedCsv(page, 'Выгрузить таблицу в CSV');
    expect(organisationsCsv).toContain('МБОУ «Школа № 1»;4;0;0;3;1;1;0;\r\n');
    expect(organisationsCsv).not.toContain('Гимназия');

    await school.getByRole('link').click();
    await page.getByRole('row', { name: /^8А / }).waitFor();
    await page.getByRole('navigation', { name: 'Уровень отчёта' }).getByRole('link', { name: 'Все организации' }).waitFor();
    // The browser's «back» returns to the overview as it was left: the filter is in the address.
    await page.goBack();
    await school.waitFor();
    expect(await page.getByLabel('Поиск организации').inputValue()).toBe('школа 1');
  });

  it('a teacher sees only their class', async () => {
    const { page, sut } = t;
    await signInToConsole(page, sut.stack.apiUrl, 'Смирнов Алексей Николаевич');
    await page.getByRole('row', { name: /^8А / }).waitFor();
    expect(await page.locator('table.readiness tbody tr').count()).toBe(1);
  });
});
