import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApi } from '@vhod/ui/testing';
import { describe, expect, it } from 'vitest';
import { OidcClientsPage } from './oidc-clients-page';

const diary = {
  id: 'c1',
  clientId: 'diary-demo',
  name: 'Электронный дневник (демо)',
  redirectUris: ['http://127.0.0.1:3002/callback'],
  scopes: ['PROFILE', 'SCHOOL_ACCOUNT', 'CHILDREN'],
  trusted: true,
  authMethod: 'CLIENT_SECRET_BASIC',
  secretPrefix: 'vhod_abcdef',
  pairwise: false,
  startUrl: 'http://127.0.0.1:3002/',
  backChannelLogoutUri: 'http://127.0.0.1:3002/backchannel-logout',
  createdAt: '2026-11-20T07:00:00.000Z',
  secretRotatedAt: null,
  revokedAt: null,
  lastSignInAt: null,
};
const list = (nodes: unknown[]) => ({
  oidcClients: {
    edges: nodes.map((node) => ({ node: { __typename: 'OidcClient', ...(node as object) } })),
    pageInfo: { hasNextPage: false, endCursor: null },
  },
});

describe('«Системы входа»', () => {
  it('lists each system with its client_id, redirect URIs, what it receives and how it authenticates', () => {
    renderWithApi(<OidcClientsPage />, { answers: { OidcClients: list([diary]) } });

    const row = screen.getByRole('row', { name: /Электронный дневник \(демо\)/ });
    expect(within(row).getByText('diary-demo')).toBeTruthy();
    expect(within(row).getByText('http://127.0.0.1:3002/callback')).toBeTruthy();
    expect(
      within(row)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['http://127.0.0.1:3002/callback', 'ФИО', 'роль, организация и класс', 'сведения о детях: ФИО, организация и класс']);
    expect(within(row).getByText('Секрет')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Выпустить новый секрет' })).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Отозвать доступ' })).toBeTruthy();
  });

  it('registers a system and shows its secret once, with the client_id it must send', async () => {
    const { sent } = renderWithApi(<OidcClientsPage />, {
      answers: {
        OidcClients: list([]),
        CreateOidcClient: {
          createOidcClient: {
            __typename: 'MutationCreateOidcClientSuccess',
            data: { secret: 'vhod_s3cr3t', client: { id: 'c2', clientId: 'c2-client', name: 'Библиотека' } },
          },
        },
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Новая система' }));
    await userEvent.type(screen.getByLabelText('Название'), 'Библиотека');
    await userEvent.type(
      screen.getByLabelText('Адреса возврата (redirect URI)'),
      'https://lib.example.ru/cb{Enter}https://lib.example.ru/cb2',
    );
    await userEvent.click(screen.getByRole('checkbox', { name: /Доверенная региональная система/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Зарегистрировать систему' }));

    expect(sent('CreateOidcClient')).toEqual([
      {
        input: {
          name: 'Библиотека',
          redirectUris: ['https://lib.example.ru/cb', 'https://lib.example.ru/cb2'],
          postLogoutRedirectUris: [],
          backChannelLogoutUri: null,
          startUrl: null,
          scopes: ['PROFILE', 'SCHOOL_ACCOUNT'],
          trusted: true,
          authMethod: 'CLIENT_SECRET_BASIC',
          jwks: null,
          pairwise: false,
        },
      },
    ]);
    screen.getByRole('heading', { name: 'Секрет системы «Библиотека»' });
    expect((screen.getByLabelText('Секрет (client_secret)') as HTMLInputElement).value).toBe('vhod_s3cr3t');
    screen.getByText('client_id: c2-client');
    await userEvent.click(screen.getByRole('button', { name: 'Я сохранил секрет' }));
    expect(screen.queryByDisplayValue('vhod_s3cr3t')).toBeNull();
  });

  it('puts the API’s field errors beside their fields and asks for keys for private_key_jwt', async () => {
    renderWithApi(<OidcClientsPage />, {
      answers: {
        OidcClients: list([]),
        CreateOidcClient: {
          createOidcClient: {
            __typename: 'ValidationError',
            fieldErrors: [
              { field: 'redirectUris', code: 'validation.client-url', message: 'Укажите полный адрес https://… без «#».' },
              { field: 'jwks', code: 'validation.jwks-private', message: 'Это закрытый ключ.' },
            ],
          },
        },
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Новая система' }));
    await userEvent.click(screen.getByRole('radio', { name: /Ключевая пара/ }));
    await userEvent.type(screen.getByLabelText('Адреса возврата (redirect URI)'), 'http://lib.example.ru/cb');
    await userEvent.click(screen.getByRole('button', { name: 'Зарегистрировать систему' }));

    expect(screen.getByLabelText('Адреса возврата (redirect URI)').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Открытые ключи системы (JWKS)').getAttribute('aria-invalid')).toBe('true');
    screen.getByText('Это закрытый ключ.');
    screen.getByText('Исправьте ошибки в отмеченных полях.');
  });
});
