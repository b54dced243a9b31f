import type { Page } from 'playwright-core';

/**
 * The steps a person takes at the development ESIA: pick the test citizen, grant access if
 * asked. ESIA remembers both a sign-in and a grant, so either page may be skipped.
 */
export async function signInAtEsia(page: Page, fullName: string): Promise<void> {
  const citizen = page.getByRole('button', { name: `Войти как ${fullName}` });
  const grant = page.getByRole('button', { name: 'Предоставить' });
  await citizen.or(grant).first().waitFor({ timeout: 10_000 });
  if (await citizen.isVisible()) await citizen.click();
  if (await grant.isVisible({ timeout: 2_000 }).catch(() => false)) await grant.click();
}

/** A parent answers their children's consent requests in the development ESIA's cabinet. */
export async function giveParentalConsentAtEsia(page: Page, esiaUrl: string, parentFullName: string): Promise<void> {
  await page.goto(`${esiaUrl}/cabinet`);
  await page.getByRole('button', { name: `Войти как ${parentFullName}` }).click();
  await page.getByRole('button', { name: 'Дать согласие' }).first().click();
  await page.getByText('Согласие предоставлено').waitFor();
}

/** On the family portal's sign-in page: pick the role and press «Войти через Госуслуги». */
export async function startFamilySignIn(page: Page, apiUrl: string, role: 'Родитель' | 'Обучающийся'): Promise<void> {
  await page.goto(`${apiUrl}/`);
  await page.getByRole('radio', { name: role }).check();
  await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
}
