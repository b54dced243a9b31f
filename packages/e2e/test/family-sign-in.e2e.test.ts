import { describe, expect, it } from 'vitest';
import { signInAtEsia, startFamilySignIn, useBrowserTests } from '../src';

const t = useBrowserTests();

const startSignIn = (role: 'Родитель' | 'Обучающийся') => startFamilySignIn(t.page, t.sut.stack.apiUrl, role);

describe('family portal sign-in through ESIA', () => {
  it('a demo parent signs in, gives consent once, and sees their own name and school', async () => {
    // The development ESIA's pages and the SPA run under a CSP: nothing they need may be blocked.
    const blocked: string[] = [];
    t.page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) blocked.push(message.text());
    });
    await startSignIn('Родитель');
    await signInAtEsia(t.page, 'Петрова Анна Сергеевна');

    await expect.poll(() => t.page.getByRole('heading', { name: 'Согласие на передачу персональных данных' }).isVisible()).toBe(true);
    expect(await t.page.getByText('СНИЛС', { exact: true }).isVisible()).toBe(true);
    await t.page.getByRole('button', { name: 'Даю согласие' }).click();

    await t.page.getByRole('heading', { name: 'Здравствуйте, Петрова Анна Сергеевна!' }).waitFor();
    // The account's organisation (the home also lists the children with their schools).
    expect(await t.page.getByText('МБОУ «Школа № 1»', { exact: true }).isVisible()).toBe(true);
    expect(await t.page.getByText('Родитель', { exact: true }).isVisible()).toBe(true);

    // Signing out ends the session on the server; the next sign-in goes straight in (consent was recorded).
    await t.page.getByRole('button', { name: 'Выход' }).click();
    await t.page.getByRole('link', { name: 'Войти через Госуслуги' }).waitFor();
    await startSignIn('Родитель');
    await signInAtEsia(t.page, 'Петрова Анна Сергеевна');
    await t.page.getByRole('heading', { name: 'Здравствуйте, Петрова Анна Сергеевна!' }).waitFor();
    expect(blocked).toEqual([]);
  });

  it('a parent with cards in two organisations is asked to choose, and enters the chosen one', async () => {
    await startSignIn('Родитель');
    await signInAtEsia(t.page, 'Кузнецова Ольга Викторовна');
    await t.page.getByRole('button', { name: 'Даю согласие' }).click();

    await t.page.getByRole('heading', { name: 'Выберите организацию' }).waitFor();
    await t.page.getByRole('radio', { name: /Детский сад № 5/ }).check();
    await t.page.getByRole('button', { name: 'Войти' }).click();

    await t.page.getByRole('heading', { name: 'Здравствуйте, Кузнецова Ольга Викторовна!' }).waitFor();
    expect(await t.page.getByText('МБДОУ «Детский сад № 5 „Солнышко“»', { exact: true }).isVisible()).toBe(true);
  });

  it('a citizen the system does not know sees the not-found text and can leave', async () => {
    await startSignIn('Родитель');
    await signInAtEsia(t.page, 'Николаев Пётр Ильич');

    await t.page.getByText('С выбранной учётной записью портала Госуслуг не связан ни один пользователь системы').waitFor();
    await t.page.getByRole('banner').getByRole('button', { name: 'Выход' }).click();
    await t.page.getByRole('link', { name: 'Войти через Госуслуги' }).waitFor();
  });

  it('an unconfirmed ESIA account is not matched automatically and is told why', async () => {
    await startSignIn('Родитель');
    await signInAtEsia(t.page, 'Фёдорова Мария Олеговна');

    await t.page.getByText('С выбранной учётной записью портала Госуслуг не связан ни один пользователь системы').waitFor();
    expect(await t.page.getByText(/учётная запись на портале Госуслуг не подтверждена/).isVisible()).toBe(true);
  });

  it('a replayed callback shows a clear error and creates no session', async () => {
    await startSignIn('Родитель');
    await t.page.getByRole('button', { name: 'Войти как Смирнов Алексей Николаевич' }).click();
    const callback = await new Promise<string>((resolve) => {
      t.page.on('request', (request) => {
        if (request.url().includes('/auth/esia/callback')) resolve(request.url());
      });
      void t.page.getByRole('button', { name: 'Предоставить' }).click();
    });
    await t.page.getByRole('button', { name: 'Даю согласие' }).waitFor();

    const fresh = await t.sut.browser.newContext();
    const other = await fresh.newPage();
    await other.goto(callback);
    await other.getByText('Сеанс входа не найден или уже использован').waitFor();
    const viewer = await other.evaluate(
      async () =>
        (await (
          await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ viewer { stage } }' }),
          })
        ).json()) as { data: { viewer: unknown } },
    );
    expect(viewer.data.viewer).toBeNull();
    await fresh.close();
  });
});
