import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  clippedElements,
  horizontalOverflow,
  screenshotFor,
  seriousAxeViolations,
  signInAtEsia,
  signInOverHttp,
  useBrowserTests,
} from '../src';

const t = useBrowserTests();

const SUBMIT = `mutation($input: AccessRequestInput!) {
  submitAccessRequest(input: $input) { __typename ... on MutationSubmitAccessRequestSuccess { data { request { id number } } } }
}`;
const FORM = '{ accessRequestForm { children { id } } organisations(typeCode: SCHOOL, search: "Школа № 1") { edges { node { id } } } }';

/** A family's request to Школа № 1, sent as the portal sends it. */
async function requestFrom(subject: string) {
  const family = await signInOverHttp(t.sut.stack.apiUrl, subject, { role: 'parent', app: 'family' });
  const { data } = await family.graphql<{
    accessRequestForm: { children: Array<{ id: string }> };
    organisations: { edges: Array<{ node: { id: string } }> };
  }>(FORM);
  const input = {
    organisationId: data!.organisations.edges[0]!.node.id,
    childId: data!.accessRequestForm.children[0]?.id ?? null,
    email: `${subject}@example.ru`,
  };
  const sent = await family.graphql<{ submitAccessRequest: { data: { request: { id: string; number: string } } } }>(SUBMIT, { input });
  return sent.data!.submitAccessRequest.data.request;
}

let vasiliev: { id: string; number: string };
beforeAll(async () => {
  vasiliev = await requestFrom('1000008');
});

async function staffSignIn(page: Page, citizen: string, landing = 'Обращения') {
  await page.goto(`${t.sut.stack.apiUrl}/staff/`);
  await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
  await signInAtEsia(page, citizen);
  const consent = page.getByRole('button', { name: 'Даю согласие' });
  const arrived = page.getByRole('heading', { name: landing, exact: true });
  await consent.or(arrived).first().waitFor();
  if (await consent.isVisible()) await consent.click();
  await arrived.waitFor();
}

async function pageIsSound(page: Page, name: string) {
  await screenshotFor(page, `staff-${name}`);
  expect(await horizontalOverflow(page), `${name} scrolls sideways`).toBe(0);
  expect(await seriousAxeViolations(page), name).toEqual([]);
}

describe('the staff console at 1280 px', () => {
  it('item 12: nothing on the request page is cut off at 1280 px; at 1024 px the ESIA data and the candidates stack', async () => {
    const { page } = t;
    await page.setViewportSize({ width: 1280, height: 900 });
    await staffSignIn(page, 'Орлова Елена Павловна');
    await page.getByRole('link', { name: vasiliev.number }).click();
    await page.getByRole('heading', { name: `Обращение ${vasiliev.number}` }).waitFor();
    await page.getByRole('row', { name: 'Васильев Игорь Петрович' }).waitFor();

    expect(await page.getByText('1000008@example.ru', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('columnheader', { name: 'Класс' }).isVisible()).toBe(true);
    expect(await clippedElements(page)).toEqual([]);
    const esia = await page.getByRole('heading', { name: 'Данные из ЕСИА' }).boundingBox();
    const candidates = await page.getByRole('heading', { name: 'Подходящие личные карточки' }).boundingBox();
    expect(Math.abs(esia!.y - candidates!.y)).toBeLessThan(2);
    expect(await page.title()).toBe(`Обращение ${vasiliev.number} — Вход в Сетевой город — консоль сотрудника`);
    await pageIsSound(page, 'request-1280');

    await page.setViewportSize({ width: 1024, height: 900 });
    const stackedEsia = await page.locator('section', { has: page.getByRole('heading', { name: 'Данные из ЕСИА' }) }).boundingBox();
    const stackedCandidates = await page.getByRole('heading', { name: 'Подходящие личные карточки' }).boundingBox();
    expect(stackedCandidates!.y).toBeGreaterThan(stackedEsia!.y + stackedEsia!.height);
    expect(await clippedElements(page)).toEqual([]);
    await pageIsSound(page, 'request-1024');
  });

  it('item 13: «Личные карточки» and «Журнал аудита» are as wide as «Обращения», and the sections fit on one line', async () => {
    const { page } = t;
    await page.setViewportSize({ width: 1280, height: 900 });
    await staffSignIn(page, 'Орлова Елена Павловна');
    const widthOfMain = async () => (await page.locator('main').evaluate((main) => main.getBoundingClientRect().width)) as number;
    const queueWidth = await widthOfMain();
    const nav = page.getByRole('navigation', { name: 'Разделы консоли' });
    for (const [section, heading] of [
      ['Личные карточки', 'Личные карточки'],
      ['Журнал аудита', 'Журнал аудита'],
    ] as const) {
      await nav.getByRole('link', { name: section }).click();
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      expect(await widthOfMain()).toBe(queueWidth);
      const tops = await nav.getByRole('link').evaluateAll((links) => links.map((link) => link.getBoundingClientRect().top));
      expect(new Set(tops).size).toBe(1);
      await pageIsSound(page, section === 'Журнал аудита' ? 'audit' : 'cards');
    }
  });

  it('item 14: the audit log names actions in Russian and a request by its number, linked to it', async () => {
    const { page } = t;
    await staffSignIn(page, 'Орлова Елена Павловна');
    await page.getByRole('link', { name: vasiliev.number }).click();
    await page.getByRole('button', { name: 'Взять в работу' }).click();
    await page.getByText('в работе у Орлова Елена Павловна').waitFor();
    await page.getByRole('link', { name: 'Журнал аудита' }).click();

    const taken = page.getByRole('row').filter({ hasText: 'Обращение взято в работу' });
    await taken.first().waitFor();
    const actions = await page.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(actions.filter((action) => /^[a-z-]+(\.[a-z-]+)?/.test(action))).toEqual([]);
    const targets = await page.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(targets.filter((target) => /[0-9a-f]{8}-[0-9a-f]{4}-/.test(target))).toEqual([]);
    await taken
      .first()
      .getByRole('link', { name: `Обращение ${vasiliev.number}` })
      .click();
    await page.getByRole('heading', { name: `Обращение ${vasiliev.number}` }).waitFor();
  });

  it('item 15: the queue’s filters live in the address, Back restores them, and each page names the tab', async () => {
    const { page } = t;
    await staffSignIn(page, 'Орлова Елена Павловна');
    expect(await page.title()).toBe('Обращения — Вход в Сетевой город — консоль сотрудника');
    await page.getByLabel('Статус').selectOption({ label: 'На рассмотрении' });
    await page.getByLabel('Поиск').fill('Васильев');
    await page.getByRole('link', { name: vasiliev.number }).waitFor();
    const filtered = new URL(page.url());
    expect(Object.fromEntries(filtered.searchParams)).toEqual({ status: 'IN_REVIEW', q: 'Васильев' });

    await page.getByRole('link', { name: vasiliev.number }).click();
    await page.getByRole('heading', { name: `Обращение ${vasiliev.number}` }).waitFor();
    await page.goBack();
    await page.getByRole('link', { name: vasiliev.number }).waitFor();
    expect(await page.getByLabel('Статус').inputValue()).toBe('IN_REVIEW');
    expect(await page.getByLabel('Поиск').inputValue()).toBe('Васильев');

    // A bookmark opens the same list in another browser.
    const other = await t.sut.browser.newContext({ locale: 'ru-RU' });
    const second = await other.newPage();
    await staffSignIn(second, 'Орлова Елена Павловна');
    await second.goto(filtered.href);
    await second.getByRole('link', { name: vasiliev.number }).waitFor();
    expect(await second.getByLabel('Статус').inputValue()).toBe('IN_REVIEW');
    await other.close();

    for (const [section, title] of [
      ['Готовность', 'Готовность к входу через Госуслуги'],
      ['Расхождения данных', 'Расхождения данных'],
      ['Шаблоны ответов', 'Шаблоны ответов'],
      ['Журнал аудита', 'Журнал аудита'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Разделы консоли' }).getByRole('link', { name: section }).click();
      await page.getByRole('heading', { name: title, exact: true }).waitFor();
      expect(await page.title()).toBe(`${title} — Вход в Сетевой город — консоль сотрудника`);
      await pageIsSound(page, section);
    }
  });

  it('item 16: a Latin letter in a name is a warning the staff member confirms before saving', async () => {
    const { page } = t;
    await staffSignIn(page, 'Орлова Елена Павловна');
    await page.getByRole('link', { name: 'Личные карточки' }).click();
    await page.getByLabel('Поиск карточки').fill('Кузнецов Иван');
    await page.getByRole('button', { name: 'Найти' }).click();
    await page.getByRole('link', { name: 'Кузнецов Иван Дмитриевич' }).click();
    await page.getByRole('heading', { name: 'Кузнецов Иван Дмитриевич' }).waitFor();
    await pageIsSound(page, 'card');
    await page.getByRole('button', { name: 'Изменить' }).click();
    await page.getByLabel('Имя', { exact: true }).fill('Ivan');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();

    const warning = page.getByRole('alert').filter({ hasText: 'латинские буквы' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('(Имя)');
    expect(await page.getByLabel('Имя', { exact: true }).getAttribute('aria-describedby')).toContain(await warning.getAttribute('id'));
    await pageIsSound(page, 'card-latin-warning');
    expect(await page.getByRole('heading', { name: 'Кузнецов Иван Дмитриевич' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Сохранить с латиницей' }).click();
    await page.getByRole('heading', { name: 'Кузнецов Ivan Дмитриевич' }).waitFor();

    // Put right again, without a warning: Cyrillic only.
    await page.getByRole('button', { name: 'Изменить' }).click();
    await page.getByLabel('Имя', { exact: true }).fill('Иван');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByRole('heading', { name: 'Кузнецов Иван Дмитриевич' }).waitFor();
  });

  it('item 17: times and days are the deployment’s (Moscow), not the browser’s, and days are typed дд.мм.гггг even in an English browser', async () => {
    const context = await t.sut.browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Vladivostok' });
    const page = await context.newPage();
    await staffSignIn(page, 'Орлова Елена Павловна');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    const from = page.getByLabel('С даты');
    expect(await from.getAttribute('placeholder')).toBe('дд.мм.гггг');
    // The request came at 12:00 Moscow time on the 23rd (19:00 in Vladivostok): it is the 23rd's, not the 22nd's.
    await from.fill('23.11.2026');
    await page.getByRole('link', { name: vasiliev.number }).waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toBe('2026-11-23');
    await page.getByLabel('По дату').fill('22.11.2026');
    await page.getByText('Обращений нет.').waitFor();
    await page.getByLabel('По дату').fill('');
    await page.getByRole('link', { name: vasiliev.number }).click();
    // The stack's day starts at 09:00 UTC: 12:00 in Moscow, 19:00 in Vladivostok.
    const created = page.locator('.history li', { hasText: 'Создано' });
    await created.waitFor();
    expect(await created.locator('time').textContent()).toMatch(/^23\.11\.2026, 12:\d\d$/);
    await page.goBack();
    expect(await from.inputValue()).toBe('23.11.2026');
    await context.close();
  });

  it('item 18: a page waiting for data is busy with a visible indicator, and a button is off while its mutation runs', async () => {
    const { page } = t;
    await staffSignIn(page, 'Орлова Елена Павловна');
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/graphql*', async (route) => {
      // Only the request page's own query waits (the queue's refresh goes on).
      // urql sends a query as a GET with the document in the address.
      if (/query StaffRequest\(/.test(new URL(route.request().url()).searchParams.get('query') ?? '')) await held;
      await route.continue();
    });
    await page.getByRole('link', { name: vasiliev.number }).click();
    const loading = page.getByRole('main').locator('[role="status"][aria-busy="true"]');
    await loading.waitFor();
    expect(await loading.textContent()).toBe('Загрузка…');
    expect(await loading.locator('.spinner').isVisible()).toBe(true);
    release();
    await page.getByRole('heading', { name: `Обращение ${vasiliev.number}` }).waitFor();

    let releaseNote: () => void = () => {};
    const noteHeld = new Promise<void>((resolve) => {
      releaseNote = resolve;
    });
    await page.unroute('**/graphql*');
    await page.route('**/graphql*', async (route) => {
      if (route.request().postData()?.includes('AddAccessRequestNote')) await noteHeld;
      await route.continue();
    });
    await page.getByLabel('Внутренняя заметка').fill('Проверяю карточку');
    await page.getByRole('button', { name: 'Добавить заметку' }).click();
    expect(await page.getByRole('button', { name: 'Добавить заметку' }).isDisabled()).toBe(true);
    releaseNote();
    await page.locator('.history li', { hasText: 'Проверяю карточку' }).waitFor();
  });

  it('item 19: the console’s other pages, for the regional administrator, and the not-found page, pass axe', async () => {
    const { page } = t;
    await page.goto(`${t.sut.stack.apiUrl}/staff/`);
    await page.getByRole('link', { name: 'Войти через Госуслуги' }).waitFor();
    await pageIsSound(page, 'sign-in');
    await staffSignIn(page, 'Захаров Виктор Сергеевич');
    await pageIsSound(page, 'queue-region');
    await page.getByRole('link', { name: 'Клиенты API' }).click();
    await page.getByRole('heading', { name: 'Клиенты API', exact: true }).waitFor();
    await pageIsSound(page, 'api-clients');
    await page.getByRole('link', { name: 'Недоставленные письма' }).click();
    await page.getByRole('heading', { name: 'Недоставленные письма', exact: true }).waitFor();
    expect(await page.title()).toBe('Недоставленные письма — Вход в Сетевой город — консоль сотрудника');
    await pageIsSound(page, 'undelivered-emails');
    await page.getByRole('link', { name: 'Готовность' }).click();
    await page.getByRole('heading', { name: 'Готовность к входу через Госуслуги' }).waitFor();
    await page.getByRole('table').first().waitFor();
    await pageIsSound(page, 'readiness-region');
    await page.getByRole('link', { name: 'Захаров Виктор Сергеевич' }).click();
    await page.getByRole('heading', { name: 'Персональные настройки' }).waitFor();
    await pageIsSound(page, 'settings');
    await page.getByRole('button', { name: 'Выход' }).click();

    await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
    await signInAtEsia(page, 'Николаев Пётр Ильич');
    await page.getByText('С выбранной учётной записью портала Госуслуг не связан ни один пользователь системы').waitFor();
    await pageIsSound(page, 'not-found');
  });
});
