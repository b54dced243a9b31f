import { describe, expect, it } from 'vitest';
import { signInAtEsia, startFamilySignIn, submitLegacyLogin, useBrowserTests } from '../src';

const t = useBrowserTests();

const notFoundText = 'С выбранной учётной записью портала Госуслуг не связан ни один пользователь системы';
const school1 = { organisationType: 'Общеобразовательная организация', organisation: 'МБОУ «Школа № 1»', password: 'school123' };

async function signInThroughEsia(role: 'Родитель' | 'Обучающийся', citizen: string) {
  await startFamilySignIn(t.page, t.sut.stack.apiUrl, role);
  await signInAtEsia(t.page, citizen);
}

describe('linking an ESIA account by hand', () => {
  it('an unknown ESIA citizen links with the legacy login, and the next visit goes straight in through ESIA', async () => {
    await signInThroughEsia('Родитель', 'Васильев Игорь Петрович');
    await t.page.getByText(notFoundText).waitFor();
    await t.page.getByRole('link', { name: 'Привязать учётную запись' }).click();
    await submitLegacyLogin(t.page, { ...school1, login: 'vasiliev.ip' });
    await t.page.getByRole('button', { name: 'Даю согласие' }).click();
    await t.page.getByRole('heading', { name: 'Здравствуйте, Васильев Игорь Петрович!' }).waitFor();

    await t.page.getByRole('banner').getByRole('button', { name: 'Выход' }).click();
    await t.page.getByRole('link', { name: 'Войти через Госуслуги' }).waitFor();
    await signInThroughEsia('Родитель', 'Васильев Игорь Петрович');
    await t.page.getByRole('heading', { name: 'Здравствуйте, Васильев Игорь Петрович!' }).waitFor();
  });

  it("refuses a parent's ESIA on the child's card and says what does not match", async () => {
    await signInThroughEsia('Обучающийся', 'Петрова Анна Сергеевна');
    await t.page.getByText(notFoundText).waitFor();
    await t.page.getByRole('link', { name: 'Привязать учётную запись' }).click();
    await submitLegacyLogin(t.page, { ...school1, login: 'petrova.sa' });
    const alert = t.page.getByRole('alert').filter({ hasText: 'не совпадают с личной карточкой' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('это личная карточка вашего ребёнка');
  });

  it('a wrong password is refused without saying whether the login exists', async () => {
    await signInThroughEsia('Родитель', 'Николаев Пётр Ильич');
    await t.page.getByRole('link', { name: 'Привязать учётную запись' }).click();
    await submitLegacyLogin(t.page, { ...school1, login: 'petrova.as', password: 'wrong' });
    await t.page.getByRole('alert').filter({ hasText: 'Неверный логин или пароль.' }).waitFor();
  });

  it('personal settings show whose card this is, unlink after a confirmation, and relink through ESIA', async () => {
    await signInThroughEsia('Родитель', 'Соловьёва-Ким Алёна Игоревна');
    await t.page.getByRole('button', { name: 'Даю согласие' }).click();
    await t.page.getByRole('link', { name: 'Соловьева-Ким Алена Игоревна' }).click();

    await t.page.getByRole('heading', { name: 'Персональные настройки' }).waitFor();
    expect(await t.page.getByText('МАОУ «Гимназия № 2»').isVisible()).toBe(true);
    await t.page.getByRole('button', { name: 'Удалить связь с учётной записью портала Госуслуг' }).click();
    // She has a legacy login the demo deployment still accepts, so no lock-out warning.
    expect(await t.page.getByText('У вас нет другого способа входа').count()).toBe(0);
    await t.page.getByRole('button', { name: 'Удалить связь', exact: true }).click();
    await t.page.getByText('Связь с учётной записью портала Госуслуг удалена').waitFor();

    await t.page.getByRole('button', { name: 'Привязать учётную запись портала Госуслуг' }).click();
    await t.page.getByText('Нельзя привязывать учетную запись ученика к госуслугам родителя и наоборот!', { exact: false }).waitFor();
    await t.page.getByRole('link', { name: 'Продолжить' }).click();
    // Still signed in at ESIA and access already granted: the provider sends her straight back.
    await t.page.getByText('Учётная запись успешно привязана').waitFor();
    expect(t.page.url()).toBe(`${t.sut.stack.apiUrl}/settings?linked=1`);
  });

  it('signs in with the legacy login while the deployment allows it, and reaches personal settings', async () => {
    await t.page.goto(`${t.sut.stack.apiUrl}/`);
    await t.page.getByRole('link', { name: 'Войти по логину и паролю' }).click();
    await submitLegacyLogin(t.page, { ...school1, login: 'kuznetsova.ov' });
    await t.page.getByRole('heading', { name: 'Здравствуйте, Кузнецова Ольга Викторовна!' }).waitFor();
    await t.page.getByRole('link', { name: 'Кузнецова Ольга Викторовна' }).click();
    await t.page.getByText('Не связана').waitFor();
  });
});
