import type { Page } from 'playwright-core';

/** Fills the organisation picker and the legacy login form, as a person would, and submits it. */
export async function submitLegacyLogin(
  page: Page,
  input: { organisationType: string; organisation: string; login: string; password: string },
) {
  await page.getByLabel('Тип организации').selectOption({ label: input.organisationType });
  await page.getByLabel('Организация', { exact: true }).first().fill(input.organisation.slice(0, 8));
  await page.getByRole('radio', { name: input.organisation }).check();
  await page.getByLabel('Логин').fill(input.login);
  await page.getByLabel('Пароль').fill(input.password);
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
}
