import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  horizontalOverflow,
  screenshotFor,
  seriousAxeViolations,
  signInAtEsia,
  startFamilySignIn,
  submitLegacyLogin,
  useBrowserTests,
} from '../src';

const t = useBrowserTests();

const school1 = { organisationType: 'Общеобразовательная организация', organisation: 'МБОУ «Школа № 1»', password: 'school123' };
const notFoundText = 'С выбранной учётной записью портала Госуслуг не связан ни один пользователь системы';

async function signIn(role: 'Родитель' | 'Обучающийся', citizen: string) {
  await startFamilySignIn(t.page, t.sut.stack.apiUrl, role);
  await signInAtEsia(t.page, citizen);
}

/** The first visit asks for the data-transfer consent; a later one does not. */
async function consentIfAsked(page: Page, next: string) {
  const consent = page.getByRole('button', { name: 'Даю согласие' });
  const arrived = page.getByRole('heading', { name: next });
  await consent.or(arrived).first().waitFor();
  if (await consent.isVisible()) await consent.click();
  await arrived.waitFor();
}

/** What a user sees of an element's box: where it starts and ends on the screen. */
async function boxOf(locator: ReturnType<Page['locator']>) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on the screen');
  return { ...box, bottom: box.y + box.height, right: box.x + box.width, middle: box.y + box.height / 2 };
}

/** The page fits the window (no sideways scroll) and axe finds nothing serious: checked on every page the tests open. */
async function pageIsSound(page: Page, name: string, width: number) {
  await screenshotFor(page, `family-${name}-${width}`);
  expect(await horizontalOverflow(page), `${name} scrolls sideways at ${width} px`).toBe(0);
  expect(await seriousAxeViolations(page), `${name} at ${width} px`).toEqual([]);
}

describe.each([1280, 360])('the family portal at %i px', (width) => {
  beforeEach(async () => {
    await t.page.setViewportSize({ width, height: 800 });
  });

  it('item 1: declining the consent says why it is needed and offers to try again or leave', async () => {
    await signIn('Родитель', 'Кузнецова Ольга Викторовна');
    await t.page.getByRole('heading', { name: 'Согласие на передачу персональных данных' }).waitFor();
    await pageIsSound(t.page, 'consent', width);
    await t.page.getByRole('button', { name: 'Не даю согласия' }).click();

    await t.page.getByRole('heading', { name: 'Вход не выполнен' }).waitFor();
    expect(await t.page.getByRole('alert').textContent()).toBe('Без согласия на передачу данных вход через Госуслуги невозможен.');
    expect(await t.page.title()).toBe('Вход не выполнен — Вход в Сетевой город');
    await expect.poll(() => t.page.getByRole('button', { name: 'Выход' }).count()).toBe(1);
    await pageIsSound(t.page, 'consent-declined', width);

    await t.page.getByRole('link', { name: 'Попробовать снова' }).click();
    await t.page.getByRole('heading', { name: 'Согласие на передачу персональных данных' }).waitFor();
    await t.page.getByRole('button', { name: 'Не даю согласия' }).click();
    await t.page.getByRole('button', { name: 'Выход' }).click();
    await t.page.getByRole('link', { name: 'Войти через Госуслуги' }).waitFor();
  });

  it('item 2: the home page sets «Мои обращения» apart from the facts above it', async () => {
    await signIn('Родитель', 'Петрова Анна Сергеевна');
    await consentIfAsked(t.page, 'Здравствуйте, Петрова Анна Сергеевна!');
    const organisation = await boxOf(t.page.locator('dd', { hasText: 'МБОУ «Школа № 1»' }));
    const myRequests = await boxOf(t.page.getByRole('link', { name: 'Мои обращения' }));
    expect(myRequests.y - organisation.bottom).toBeGreaterThanOrEqual(12);
    expect(await t.page.title()).toBe('Главная — Вход в Сетевой город');
    await pageIsSound(t.page, 'home', width);
  });

  it('item 3: the not-found page has one exit, «Выход», and its two actions on one line', async () => {
    await signIn('Родитель', 'Николаев Пётр Ильич');
    await t.page.getByText(notFoundText).waitFor();

    expect(await t.page.getByRole('button', { name: 'Выход' }).count()).toBe(1);
    expect(await t.page.getByText('Выйти', { exact: true }).count()).toBe(0);
    const request = await boxOf(t.page.getByRole('link', { name: 'Обратиться в организацию' }));
    const myRequests = await boxOf(t.page.getByRole('link', { name: 'Мои обращения' }));
    if (Math.abs(myRequests.y - request.y) < request.height) expect(Math.abs(myRequests.middle - request.middle)).toBeLessThanOrEqual(2);
    await pageIsSound(t.page, 'not-found', width);
  });

  it('item 4: before the form, what happens to a request and when one may be sent, then «Продолжить»; the form has «Выйти» beside «Отправить»', async () => {
    await signIn('Родитель', 'Николаев Пётр Ильич');
    await t.page.getByRole('link', { name: 'Обратиться в организацию' }).click();

    await t.page.getByText(/Обращение получит ответственный сотрудник выбранной образовательной организации/).waitFor();
    await t.page.getByText('ваша учётная запись на портале Госуслуг подтверждена;').waitFor();
    await t.page.getByText('для родителя — в профиле Госуслуг заполнены сведения о детях (раздел «Семья и дети»).').waitFor();
    expect(await t.page.getByRole('button', { name: 'Отправить обращение' }).count()).toBe(0);
    await pageIsSound(t.page, 'request-intro', width);
    await t.page.getByRole('button', { name: 'Продолжить' }).click();

    const send = await boxOf(t.page.getByRole('button', { name: 'Отправить обращение' }));
    const leave = await boxOf(t.page.getByRole('main').getByRole('button', { name: 'Выйти' }));
    expect(Math.abs(leave.middle - send.middle)).toBeLessThanOrEqual(2);
    expect(leave.x).toBeGreaterThan(send.right);
  });

  it('item 5: an error goes as soon as its field is right, and the comment stops at its limit with a red, announced note', async () => {
    await signIn('Родитель', 'Николаев Пётр Ильич');
    await t.page.getByRole('link', { name: 'Обратиться в организацию' }).click();
    await t.page.getByRole('button', { name: 'Продолжить' }).click();
    await t.page.getByRole('button', { name: 'Отправить обращение' }).click();

    const error = t.page.getByText('Выберите организацию.');
    await error.waitFor();
    await pageIsSound(t.page, 'request-form-errors', width);
    await t.page.getByLabel('Тип организации').selectOption({ label: 'Общеобразовательная организация' });
    const school = t.page.getByRole('radio', { name: 'МБОУ «Школа № 1»' });
    // The organisations are marked invalid and point at the message, so a screen reader says it with them.
    expect(await school.getAttribute('aria-invalid')).toBe('true');
    expect(await school.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    await school.check();
    expect(await t.page.getByText('Выберите организацию.').count()).toBe(0);
    expect(await school.getAttribute('aria-invalid')).toBeNull();

    const comment = t.page.getByLabel('Дополнительный комментарий (необязательно)');
    await comment.fill('я'.repeat(1200));
    expect((await comment.inputValue()).length).toBe(1000);
    await t.page.getByText('1000 из 1000').waitFor();
    const limit = t.page.getByText('Достигнут предел: 1000 символов.');
    expect(await limit.getAttribute('aria-live')).toBe('polite');
    expect(await limit.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(179, 38, 30)');
  });

  it('item 6: the request form, its inputs, buttons and info box stay inside the card', async () => {
    await signIn('Родитель', 'Николаев Пётр Ильич');
    await t.page.getByRole('link', { name: 'Обратиться в организацию' }).click();
    await t.page.getByRole('button', { name: 'Продолжить' }).click();
    await t.page.getByLabel('Тип организации').selectOption({ label: 'Общеобразовательная организация' });
    await t.page.getByRole('radio', { name: 'МБОУ «Школа № 1»' }).waitFor();

    const card = await boxOf(t.page.locator('main .card').first());
    for (const control of await t.page.locator('main .card').first().locator('input, select, textarea, button, .readonly-facts').all()) {
      const box = await control.boundingBox();
      if (!box) continue;
      expect(box.x).toBeGreaterThanOrEqual(card.x);
      expect(box.x + box.width).toBeLessThanOrEqual(card.right + 0.5);
    }
    await pageIsSound(t.page, 'request-form', width);
  });

  it('item 7: an unconfirmed account offered no request gets back to its options', async () => {
    await signIn('Родитель', 'Фёдорова Мария Олеговна');
    await t.page.getByText(notFoundText).waitFor();
    await t.page.getByRole('link', { name: 'Обратиться в организацию' }).click();

    await t.page.getByText(/Отправить обращение можно только с подтверждённой учётной записью/).waitFor();
    expect(await t.page.getByRole('link', { name: 'Привязать учётную запись по логину и паролю' }).getAttribute('href')).toBe('/link');
    await pageIsSound(t.page, 'request-unconfirmed', width);
    await t.page.getByRole('link', { name: 'Вернуться к вариантам входа' }).click();
    await t.page.getByText(/учётная запись на портале Госуслуг не подтверждена/).waitFor();
    await t.page.getByRole('link', { name: 'Привязать учётную запись' }).waitFor();
  });

  it('item 8: settings show whose card is being linked and the warning first; a refusal says what did not match, in its own words', async () => {
    // Кузнецова signs in with her school login; at ESIA, somebody else's account is signed in.
    await t.page.goto(`${t.sut.stack.apiUrl}/legacy-sign-in`);
    await submitLegacyLogin(t.page, { ...school1, login: 'kuznetsova.ov' });
    await t.page.getByRole('heading', { name: 'Здравствуйте, Кузнецова Ольга Викторовна!' }).waitFor();
    await t.page.getByRole('link', { name: 'Кузнецова Ольга Викторовна' }).click();
    await t.page.getByRole('button', { name: 'Привязать учётную запись портала Госуслуг' }).click();

    await t.page
      .getByText('Учётная запись портала Госуслуг будет привязана к личной карточке «Кузнецова Ольга Викторовна» (родитель).', {
        exact: false,
      })
      .waitFor();
    expect(await t.page.getByRole('alert').textContent()).toBe(
      'Нельзя привязывать учетную запись ученика к госуслугам родителя и наоборот! Также будет ошибкой привязать учетную запись от Госуслуг другого родителя!',
    );
    await pageIsSound(t.page, 'settings-link-warning', width);
    await t.page.getByRole('link', { name: 'Продолжить' }).click();
    await signInAtEsia(t.page, 'Петрова Анна Сергеевна');

    const refusal = t.page.getByRole('alert').filter({ hasText: 'не совпадает с этой личной карточкой' });
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    expect(text).not.toMatch(/логин/);
    expect(text).toContain('Не совпадает: ');
    expect(text).toContain('отличается имя');
    expect(text).toContain('отличается дата рождения');
    await pageIsSound(t.page, 'settings-link-refused', width);
  });

  it('item 9: after linking with the login and password, home says it worked and what changes next time', async () => {
    await signIn('Родитель', 'Васильев Игорь Петрович');
    await t.page.getByText(notFoundText).waitFor();
    await t.page.getByRole('link', { name: 'Привязать учётную запись' }).click();
    await t.page.getByRole('heading', { name: 'Привязать учётную запись' }).waitFor();
    await pageIsSound(t.page, 'link-by-login', width);
    await submitLegacyLogin(t.page, { ...school1, login: 'vasiliev.ip' });
    await consentIfAsked(t.page, 'Здравствуйте, Васильев Игорь Петрович!');

    const notice = t.page.getByRole('status').filter({ hasText: 'Учётная запись успешно привязана' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('В следующий раз входите через Госуслуги');

    // Unlinked again in settings, so the other width walks the same path.
    await t.page.getByRole('link', { name: 'Васильев Игорь Петрович' }).click();
    await pageIsSound(t.page, 'settings', width);
    await t.page.getByRole('button', { name: 'Удалить связь с учётной записью портала Госуслуг' }).click();
    await t.page.getByRole('button', { name: 'Удалить связь', exact: true }).click();
    await t.page.getByText('Связь с учётной записью портала Госуслуг удалена').waitFor();
  });

  it('items 10 and 11: a sent request has a printable confirmation, and its email links back to «Мои обращения»', async () => {
    const organisation = width === 360 ? 'МАОУ «Гимназия № 2»' : 'МБОУ «Школа № 1»';
    await signIn('Родитель', 'Николаев Пётр Ильич');
    await t.page.getByRole('link', { name: 'Обратиться в организацию' }).click();
    await t.page.getByRole('button', { name: 'Продолжить' }).click();
    await t.page.getByLabel('Ребёнок').selectOption({ label: 'Николаева Вера Петровна, 05.05.2017' });
    await t.page.getByLabel('Тип организации').selectOption({ label: 'Общеобразовательная организация' });
    await t.page.getByRole('radio', { name: organisation }).check();
    await t.page.getByRole('button', { name: 'Отправить обращение' }).click();

    const confirmation = t.page.getByRole('status');
    await confirmation.getByRole('heading', { name: 'Подтверждение обращения' }).waitFor();
    const facts = await confirmation.locator('dt, dd').allTextContents();
    const number = facts[1]!;
    expect(number).toMatch(/^\d{4}-\d{6}$/);
    // The stack's clock starts on 2026-11-23 09:00 UTC: that day on the deployment's (Moscow) calendar.
    expect(facts).toEqual([
      'Номер',
      number,
      'Дата отправки',
      '23.11.2026',
      'Организация',
      organisation,
      'Ребёнок',
      'Николаева Вера Петровна',
    ]);
    await pageIsSound(t.page, 'request-sent', width);

    await t.page.emulateMedia({ media: 'print' });
    expect(await t.page.getByRole('banner').isVisible()).toBe(false);
    expect(await t.page.getByRole('button', { name: 'Распечатать' }).isVisible()).toBe(false);
    expect(await confirmation.getByText(number).first().isVisible()).toBe(true);
    await screenshotFor(t.page, `family-request-printed-${width}`);
    await t.page.emulateMedia({ media: 'screen' });
    expect(await t.page.getByRole('button', { name: 'Распечатать' }).isVisible()).toBe(true);

    const email = await t.sut.stack.mail.waitFor((message) => message.subject.includes(number), 15_000);
    const link = /Мои обращения: (\S+)/.exec(email.text)?.[1];
    expect(link).toBe(`${t.sut.stack.apiUrl}/my-requests`);
    await t.page.goto(link!);
    await t.page.getByRole('row').filter({ hasText: number }).waitFor();
    expect(await t.page.title()).toBe('Мои обращения — Вход в Сетевой город');
    await pageIsSound(t.page, 'my-requests', width);
  });

  it('item 19: the sign-in page and the legacy sign-in are sound, and an auth error too', async () => {
    await t.page.goto(`${t.sut.stack.apiUrl}/`);
    await t.page.getByRole('link', { name: 'Войти через Госуслуги' }).waitFor();
    expect(await t.page.title()).toBe('Вход в систему — Вход в Сетевой город');
    await pageIsSound(t.page, 'sign-in', width);
    await t.page.getByRole('link', { name: 'Войти по логину и паролю' }).click();
    await t.page.getByRole('heading', { name: 'Вход по логину и паролю' }).waitFor();
    await pageIsSound(t.page, 'legacy-sign-in', width);
    await t.page.goto(`${t.sut.stack.apiUrl}/auth-error?code=login-flow-missing`);
    await t.page.getByRole('heading', { name: 'Не удалось выполнить вход' }).waitFor();
    await pageIsSound(t.page, 'auth-error', width);
  });

  it('item 19: a parent with two organisations chooses one on a sound page', async () => {
    await t.page.goto(`${t.sut.stack.apiUrl}/legacy-sign-in`);
    await t.page.getByRole('heading', { name: 'Вход по логину и паролю' }).waitFor();
    await signIn('Родитель', 'Смирнов Алексей Николаевич');
    await consentIfAsked(t.page, 'Здравствуйте, Смирнов Алексей Николаевич!');
    await pageIsSound(t.page, 'home-smirnov', width);
  });
});

describe('the family portal’s clock and waits', () => {
  it('item 17: a day is the deployment’s (Moscow), even for a browser where it is still yesterday', async () => {
    // 09:00 UTC on the 23rd is 22:00 on the 22nd in Pago Pago.
    const context = await t.sut.browser.newContext({ locale: 'ru-RU', timezoneId: 'Pacific/Pago_Pago' });
    const page = await context.newPage();
    await startFamilySignIn(page, t.sut.stack.apiUrl, 'Родитель');
    await signInAtEsia(page, 'Николаев Пётр Ильич');
    await page.getByText(notFoundText).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.getByRole('link', { name: 'Обратиться в организацию' }).click();
    await page.getByRole('button', { name: 'Продолжить' }).click();
    await page.getByLabel('Тип организации').selectOption({ label: 'Общеобразовательная организация' });
    await page.getByRole('radio', { name: 'МБОУ «Школа № 1»' }).check();
    await page.getByRole('button', { name: 'Отправить обращение' }).click();
    const sentAt = page.getByRole('status').locator('dt:has-text("Дата отправки") + dd');
    expect(await sentAt.textContent()).toBe('23.11.2026');
    await page.getByRole('link', { name: 'Мои обращения' }).click();
    const dates = page.locator('td[data-label="Отправлено"]');
    await dates.first().waitFor();
    expect(new Set(await dates.allTextContents())).toEqual(new Set(['23.11.2026']));
    await context.close();
  });

  it('item 18: the request page shows it is loading, and «Отправить обращение» is off while the request is sent', async () => {
    const { page } = t;
    let releaseForm: () => void = () => {};
    const formHeld = new Promise<void>((resolve) => {
      releaseForm = resolve;
    });
    let releaseSubmit: () => void = () => {};
    const submitHeld = new Promise<void>((resolve) => {
      releaseSubmit = resolve;
    });
    await page.route('**/graphql*', async (route) => {
      // urql sends a query as a GET with the document in the address, a mutation as a POST.
      const document = route.request().postData() ?? new URL(route.request().url()).searchParams.get('query') ?? '';
      if (/query AccessRequestForm\b/.test(document)) await formHeld;
      if (/mutation SubmitAccessRequest\b/.test(document)) await submitHeld;
      await route.continue();
    });
    await signIn('Родитель', 'Николаев Пётр Ильич');
    await page.getByRole('link', { name: 'Обратиться в организацию' }).click();

    const loading = page.getByRole('main').locator('[role="status"][aria-busy="true"]');
    await loading.waitFor();
    expect(await loading.textContent()).toBe('Загрузка…');
    expect(await loading.locator('.spinner').isVisible()).toBe(true);
    releaseForm();
    await page.getByRole('button', { name: 'Продолжить' }).click();
    await page.getByLabel('Тип организации').selectOption({ label: 'Общеобразовательная организация' });
    await page.getByRole('radio', { name: 'МБОУ «Школа № 1»' }).check();
    await page.getByRole('button', { name: 'Отправить обращение' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Отправить обращение' }).isDisabled()).toBe(true);
    releaseSubmit();
    await page.getByRole('heading', { name: 'Подтверждение обращения' }).waitFor();
  });
});

describe('the family portal with the keyboard alone', () => {
  it('item 19: signs in through Госуслуги and sends a request without a mouse', async () => {
    const { page } = t;
    await page.goto(`${t.sut.stack.apiUrl}/`);
    await page.getByRole('link', { name: 'Войти через Госуслуги' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('value'))).toBe('parent');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Войти через Госуслуги');
    await page.keyboard.press('Enter');
    await signInAtEsia(page, 'Николаев Пётр Ильич');
    await page.getByText(notFoundText).waitFor();

    const focusOn = async (name: string) => {
      for (let step = 0; step < 40; step += 1) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(
          () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '',
        );
        if (focused === name) return;
      }
      throw new Error(`Tab never reached «${name}»`);
    };
    await focusOn('Обратиться в организацию');
    await page.keyboard.press('Enter');
    await focusOn('Продолжить');
    await page.keyboard.press('Enter');

    await page.getByLabel('Ребёнок').waitFor();
    const focusLabelled = async (label: string) => {
      for (let step = 0; step < 40; step += 1) {
        await page.keyboard.press('Tab');
        const id = await page.evaluate(() => document.activeElement?.id ?? '');
        if (id && (await page.locator(`label[for="${id}"]`).first().textContent())?.trim() === label) return;
      }
      throw new Error(`Tab never reached «${label}»`);
    };
    await focusLabelled('Ребёнок');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Ребёнок').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe(
      'Николаева Вера Петровна, 05.05.2017',
    );
    await focusLabelled('Тип организации');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Школа');
    // The list narrows once the server answers the search: the first Tab lands on its first match only then.
    const found = page.getByRole('list', { name: 'Организация' }).getByRole('listitem');
    await expect.poll(async () => (await found.allTextContents()).every((name) => name.includes('Школа'))).toBe(true);
    await page.getByRole('radio', { name: 'МБОУ «Школа № 1»' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.getByRole('radio', { name: 'МБОУ «Школа № 1»' }).isChecked()).toBe(true);
    await focusOn('Отправить обращение');
    await page.keyboard.press('Enter');
    // Sent before by the tests above, so the open request is shown again: either way its confirmation.
    await page.getByRole('heading', { name: 'Подтверждение обращения' }).waitFor();
  });
});
