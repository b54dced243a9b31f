import type { Page } from 'playwright-core';

/** The steps a person takes at the development ESIA: pick the test citizen, grant access if asked. */
export async function signInAtEsia(page: Page, fullName: string): Promise<void> {
  await page.getByRole('button', { name: `Войти как ${fullName}` }).click();
  const grant = page.getByRole('button', { name: 'Предоставить' });
  // The provider remembers a grant, so the consent page appears only on the first visit.
  if (await grant.isVisible({ timeout: 2_000 }).catch(() => false)) await grant.click();
}
