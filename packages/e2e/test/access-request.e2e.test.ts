import { describe, expect, it } from 'vitest';
import { signInAtEsia, startFamilySignIn, useBrowserTests } from '../src';

const t = useBrowserTests();

describe('«Обратиться в организацию»', () => {
  it('an unknown parent sends a request about a child from ESIA, gets a number by email, and sees it in «Мои обращения»', async () => {
    const { page } = t;
    await startFamilySignIn(page, t.sut.stack.apiUrl, 'Родитель');
    await signInAtEsia(page, 'Николаев Пётр Ильич');
    await page.getByRole('link', { name: 'Обратиться в организацию' }).click();
    await page.getByRole('button', { name: 'Продолжить' }).click();

    await page.getByText('Информация была получена из Вашего профиля на портале Госуслуг').waitFor();
    expect(await page.getByText('Николаев Пётр Ильич', { exact: true }).count()).toBeGreaterThan(0);
    await page.getByLabel('Ребёнок').selectOption({ label: 'Николаева Вера Петровна, 05.05.2017' });
    expect(await page.getByLabel('Класс').isDisabled()).toBe(true);

    await page.getByLabel('Тип организации').selectOption({ label: 'Общеобразовательная организация' });
    await page.getByLabel('Организация', { exact: true }).first().fill('Школа');
    await page.getByRole('radio', { name: 'МБОУ «Школа № 1»' }).check();
    await page.getByLabel('Класс').selectOption({ label: '4Б' });
    await page.getByLabel('Дополнительный комментарий (необязательно)').fill('Вера переходит к вам из другой школы');
    await page.getByRole('button', { name: 'Отправить обращение' }).click();

    await page.getByText('Успешно создан запрос получения доступа в систему').waitFor();
    const numberText = await page.getByText(/Вашему обращению присвоен номер/).textContent();
    const number = /\d{4}-\d{6}/.exec(numberText ?? '')?.[0];
    expect(number).toBeDefined();

    const email = await t.sut.stack.mail.waitFor((message) => message.subject.includes(number!), 15_000);
    expect(email.to).toContain('p.nikolaev@example.ru');
    expect(email.text).toContain(`Вашему обращению присвоен номер ${number}`);

    await page.getByRole('link', { name: 'Мои обращения' }).click();
    const row = page.getByRole('row').filter({ hasText: number! });
    await row.waitFor();
    expect(await row.textContent()).toContain('Новое');
    expect(await row.textContent()).toContain('Николаева Вера Петровна');
  });

  it('shows field errors from the shared rules before sending anything', async () => {
    const { page } = t;
    await startFamilySignIn(page, t.sut.stack.apiUrl, 'Обучающийся');
    await signInAtEsia(page, 'Смирнов Алексей Николаевич');
    await page.getByRole('link', { name: 'Обратиться в организацию' }).click();
    await page.getByRole('button', { name: 'Продолжить' }).click();
    await page.getByRole('button', { name: 'Отправить обращение' }).click();
    await page.getByText('Выберите организацию.').waitFor();
    expect(t.sut.stack.mail.messages().filter((message) => message.to.includes('a.smirnov@example.ru'))).toHaveLength(0);
  });

  it('does not offer the form to a parent whose ESIA profile has no children, and says what to do', async () => {
    const { page } = t;
    await startFamilySignIn(page, t.sut.stack.apiUrl, 'Родитель');
    await signInAtEsia(page, 'Орлова Елена Павловна');
    await page.getByRole('link', { name: 'Обратиться в организацию' }).click();
    await page.getByText('заполните раздел «Семья и дети»').waitFor();
    expect(await page.getByRole('button', { name: 'Отправить обращение' }).count()).toBe(0);
  });
});
