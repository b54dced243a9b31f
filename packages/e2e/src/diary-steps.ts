import type { Page } from 'playwright-core';

/** In «Электронный дневник (демо)»: «Войти через Вход», which leaves for Vhod's sign-in. */
export async function startDiarySignIn(page: Page, diaryUrl: string): Promise<void> {
  await page.goto(`${diaryUrl}/`);
  await page.getByRole('link', { name: 'Войти через Вход' }).click();
}

/** On Vhod's page for a system's sign-in: the role, then «Войти через Госуслуги». */
export async function signInAtVhodFor(
  page: Page,
  system: string,
  role: 'Родитель' | 'Обучающийся' | 'Сотрудник организации',
): Promise<void> {
  await page.getByRole('heading', { name: `Вход в «${system}»` }).waitFor();
  await page.getByRole('radio', { name: role }).check();
  await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
}
