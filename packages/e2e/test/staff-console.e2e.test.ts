import { describe, expect, it } from 'vitest';
import { signInAtEsia, startFamilySignIn, useBrowserTests } from '../src';

const t = useBrowserTests();

describe('the staff console works a family’s request', () => {
  it('family asks → staff find it, see the candidate, link with a comment → the family is emailed and signs in', async () => {
    const { page, sut } = t;
    // The family: not found, so it asks the school.
    await startFamilySignIn(page, sut.stack.apiUrl, 'Родитель');
    await signInAtEsia(page, 'Васильев Игорь Петрович');
    await page.getByRole('link', { name: 'Обратиться в организацию' }).click();
    await page.getByRole('button', { name: 'Продолжить' }).click();
    await page.getByLabel('Тип организации').selectOption({ label: 'Общеобразовательная организация' });
    await page.getByRole('radio', { name: 'МБОУ «Школа № 1»' }).check();
    await page.getByRole('button', { name: 'Отправить обращение' }).click();
    const numberText = await page.getByText(/Вашему обращению присвоен номер/).textContent();
    const number = /\d{4}-\d{6}/.exec(numberText ?? '')![0];
    await page.getByRole('banner').getByRole('button', { name: 'Выход' }).click();

    // The school's administrator, in another browser.
    const staffContext = await sut.browser.newContext({ locale: 'ru-RU' });
    const staff = await staffContext.newPage();
    await staff.goto(`${sut.stack.apiUrl}/staff/`);
    await staff.getByRole('link', { name: 'Войти через Госуслуги' }).click();
    await signInAtEsia(staff, 'Орлова Елена Павловна');
    await staff.getByRole('button', { name: 'Даю согласие' }).click();
    await staff.getByRole('heading', { name: 'Обращения' }).waitFor();
    await staff.getByRole('link', { name: number }).click();

    await staff.getByRole('heading', { name: `Обращение ${number}` }).waitFor();
    const candidate = staff.getByRole('row', { name: 'Васильев Игорь Петрович' });
    await candidate.waitFor();
    expect(await staff.getByText('Данные из ЕСИА').isVisible()).toBe(true);
    await staff.getByRole('button', { name: 'Взять в работу' }).click();
    await staff.getByText('в работе у Орлова Елена Павловна').waitFor();
    await staff.getByLabel('Комментарий (его увидит заявитель)').fill('Карточка найдена, входите через Госуслуги');
    await staff.getByRole('button', { name: 'Разрешить и связать' }).click();
    await staff.locator('.status', { hasText: 'Разрешено' }).first().waitFor();
    await staffContext.close();

    const email = await sut.stack.mail.waitFor((message) => message.subject.includes(number) && message.text.includes('разрешено'), 15_000);
    expect(email.text).toContain(`Обращение было разрешено с следующим комментарием: Карточка найдена, входите через Госуслуги.\n`);
    expect(email.text).toContain(`Мои обращения: ${sut.stack.apiUrl}/my-requests`);

    // The family signs in and lands in their account.
    await startFamilySignIn(page, sut.stack.apiUrl, 'Родитель');
    await signInAtEsia(page, 'Васильев Игорь Петрович');
    await page.getByRole('button', { name: 'Даю согласие' }).click();
    await page.getByRole('heading', { name: 'Здравствуйте, Васильев Игорь Петрович!' }).waitFor();
  });

  it('staff of another school do not see the request', async () => {
    const { page, sut } = t;
    await page.goto(`${sut.stack.apiUrl}/staff/`);
    await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
    await signInAtEsia(page, 'Белова Ирина Викторовна');
    await page.getByRole('button', { name: 'Даю согласие' }).click();
    await page.getByRole('heading', { name: 'Обращения' }).waitFor();
    await page.getByText('Обращений нет.').waitFor();
  });
});
