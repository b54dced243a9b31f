import { screen } from '@testing-library/react';
import type { Viewer } from '@vhod/ui';
import { renderPortalPage } from '../testing/render-portal-page';
import { describe, expect, it } from 'vitest';
import { HomePage } from './home-page';

const parent: Viewer = {
  stage: 'ACTIVE',
  app: 'FAMILY',
  signInRole: 'PARENT',
  esiaFullName: null,
  notFoundReason: null,
  consentScopes: [],
  accountChoices: [],
  signInMethod: 'ESIA',
  staffPermissions: null,
  person: { id: 'p1', fullName: 'Петрова Анна Сергеевна', birthDate: '1985-04-12' },
  account: {
    id: 'a1',
    role: 'PARENT',
    className: null,
    organisation: { id: 'o1', name: 'МБОУ «Школа № 1»', typeName: 'Общеобразовательная организация' },
  },
};

const home = (children: unknown[], previousEsiaSignInAt: string | null) => ({
  viewer: {
    children,
    systems: [{ name: 'Электронный дневник (демо)', startUrl: 'http://127.0.0.1:3002/' }],
    account: { id: 'a1', previousEsiaSignInAt },
  },
});

describe('the family portal’s home', () => {
  it('shows a parent their children with school and class, the systems to open, «Мои обращения» and the previous ESIA sign-in', () => {
    renderPortalPage(<HomePage viewer={parent} />, {
      answers: {
        Home: home(
          [
            { personId: 'c1', fullName: 'Петров Михаил Андреевич', organisationName: 'МБОУ «Школа № 1»', className: '8А' },
            { personId: 'c2', fullName: 'Петрова Софья Андреевна', organisationName: null, className: null },
          ],
          '2026-11-20T07:15:00.000Z',
        ),
      },
    });

    screen.getByRole('heading', { name: 'Здравствуйте, Петрова Анна Сергеевна!' });
    const children = screen.getByRole('region', { name: 'Дети' });
    expect(Array.from(children.querySelectorAll('li'), (item) => item.textContent)).toEqual([
      'Петров Михаил Андреевич — МБОУ «Школа № 1», 8А',
      'Петрова Софья Андреевна — не учится в организациях региона',
    ]);
    expect(screen.getByRole('link', { name: 'Электронный дневник (демо)' }).getAttribute('href')).toBe('http://127.0.0.1:3002/');
    expect(screen.getByRole('link', { name: 'Мои обращения' }).getAttribute('href')).toBe('/my-requests');
    screen.getByText(/Предыдущий вход через Госуслуги: 20\.11\.2026, \d\d:15\./);
  });

  it('shows no children’s section to someone without children, and says a first ESIA sign-in is one', () => {
    renderPortalPage(<HomePage viewer={parent} />, { answers: { Home: home([], null) } });
    expect(screen.queryByRole('region', { name: 'Дети' })).toBeNull();
    screen.getByText('Это ваш первый вход через Госуслуги в эту учётную запись.');
  });
});
